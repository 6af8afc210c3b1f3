#!/usr/bin/env node
// connectlint's language server, installed with `connectlint` so that one
// `npm i -D connectlint` serves every editor. Usage: connectlint-language-server --stdio
import { start } from 'connectlint-language-server/dist/src/main.js';

start();
