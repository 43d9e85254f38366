// The app's Content-Security-Policy, one source for the built page's meta tag
// (scripts/post-build.mjs) and the headers documented in docs/deploy.md.
// `loaderHash` is the base64 sha256 of Trunk's inline loader script.
export function policy(loaderHash, { meta }) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' 'sha256-${loaderHash}'`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  // Browsers ignore frame-ancestors in a meta tag; hosts send it as a header.
  if (!meta) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}
