// `node web/e2e/run.mjs` runs the end-to-end smoke test directly;
// `node --test web/e2e/` finds the same tests (files named *.test.mjs).
import './smoke.test.mjs';
import './room.test.mjs';
import './coedit.test.mjs';
import './facilitator-tools.test.mjs';
