// Loaded with `node --require` in the stand-in child, before out/main/index.js: runs the TypeScript stand-in via tsx.
require('tsx/cjs/api').require('./child.ts', __filename)
