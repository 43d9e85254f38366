// Compiles the app's wasm off the main thread and hands the module back.
// Streamed into the page itself, the bytes are decoded on the page's own
// thread as they arrive: one task of 10-16 ms when they arrive at once,
// which a slow phone feels (and Lighthouse counts as blocking time).
onmessage = async ({ data: url }) => {
  try {
    postMessage(await WebAssembly.compileStreaming(fetch(url)));
  } catch {
    // The page compiles it itself then.
    postMessage(null);
  }
};
