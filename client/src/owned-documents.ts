import type * as vscode from 'vscode';
import { vsdiag, type Middleware } from 'vscode-languageclient/node';

/**
 * Middleware that keeps a server to its own documents. Every server's selector names
 * every C and Node file, because the one for files outside all folders cannot be told
 * "not under these folders" by a glob; so each drops, before it reaches its server, any
 * document another server lints (a file of another folder, or of a folder nested in its own).
 */
export function ownedDocumentsOnly(owns: (uri: vscode.Uri) => boolean): Middleware {
  return {
    didOpen: (document, next) => (owns(document.uri) ? next(document) : Promise.resolve()),
    didChange: (event, next) => (owns(event.document.uri) ? next(event) : Promise.resolve()),
    didSave: (document, next) => (owns(document.uri) ? next(document) : Promise.resolve()),
    didClose: (document, next) => (owns(document.uri) ? next(document) : Promise.resolve()),
    provideHover: (document, position, token, next) =>
      owns(document.uri) ? next(document, position, token) : undefined,
    provideCodeActions: (document, range, context, token, next) =>
      owns(document.uri) ? next(document, range, context, token) : undefined,
    provideDiagnostics: (document, previousResultId, token, next) =>
      owns('uri' in document ? document.uri : document)
        ? next(document, previousResultId, token)
        : { kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] },
  };
}
