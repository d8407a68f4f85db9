// Stand-in for the `server-only` package under Vitest (see vitest.config.ts): lets tests import
// data-access modules that guard themselves against being bundled for the browser.
export {};
