// `require('connectlint/eslint')` lands here (the `require` condition of the
// package's exports): the plugin is an ES module that awaits its parser
// (WebAssembly loads asynchronously), which require() cannot wait for. Say what to do.
throw new Error(
  "connectlint/eslint is an ES module: import it (import connectlint from 'connectlint/eslint') " +
    'from an ESM config. In a CommonJS project ("type": "commonjs", as npm init writes), ' +
    'name the config file eslint.config.mjs.',
);
