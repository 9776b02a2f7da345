// The Firefox test launcher (@web/test-runner-puppeteer) depends on the full puppeteer, whose
// install step would download a Chrome. The tests use the system's browsers, so a plain
// `npm install` downloads none (and works on machines that cannot reach the download host).
module.exports = { skipDownload: true };
