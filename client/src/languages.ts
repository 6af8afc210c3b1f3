/**
 * The VS Code language ids the server lints: the engine's `lspIds` (`cpp` is C++, and
 * also what VS Code calls many `.h` files: the path picks C or C++). A copy, because the client must not load the engine; the manifest test holds
 * it, and the manifest's `activationEvents`, equal to the engine's list.
 */
export const DOCUMENT_LANGUAGES = [
  'c',
  'cpp',
  'typescript',
  'typescriptreact',
  'javascript',
  'javascriptreact',
] as const;

/** The server's command that renders a topic (`connect`, an errno, a rule id) as markdown. */
export const EXPLAIN_COMMAND = 'connectlint.explain';
