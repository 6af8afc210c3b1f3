#!/usr/bin/env node
// connectlint's language server. Usage: connectlint-language-server --stdio
import { start } from '../dist/src/main.js';

start();
