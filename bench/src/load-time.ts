/**
 * Start-up cost of each parser backend: importing the engine, then making a
 * backend ready to parse. Usage: node dist/src/load-time.js
 */
const t0 = performance.now();
const { loadBackend } = await import('connectlint');
const t1 = performance.now();
await loadBackend('wasm');
const t2 = performance.now();
await loadBackend('native');
const t3 = performance.now();
console.log(
  `engine import ${(t1 - t0).toFixed(1)} ms; wasm backend ready ${(t2 - t1).toFixed(1)} ms; native backend ready ${(t3 - t2).toFixed(1)} ms`,
);
