import { fileURLToPath } from 'node:url';
import {
  analyzeText,
  keptForNextVersion,
  explain,
  hoverAt,
  envBackend,
  loadBackend,
  localManual,
  type Analysis,
  type ParserBackend,
  type Settings,
} from 'connectlint';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { codeActions } from './code-actions.js';
import { toDiagnostic } from './diagnostics.js';
import { Documents, type OpenDocument } from './documents.js';
import { LogOnce } from './log-once.js';
import { resolveSettings } from './settings.js';
import { TreeCollector } from './tree-collector.js';
import { WarmUp } from './warm-up.js';
import { WorkspaceProject } from './workspace-project.js';

/** How long a burst of edits must pause before a document is analysed again (push mode). */
const DEBOUNCE_MS = 30;
export const EXPLAIN_COMMAND = 'connectlint.explain';

interface Analysed {
  version: number;
  analysis: Analysis;
  diagnostics: Diagnostic[];
}

/** The language server: the engine's editor face. All LSP glue; the analysis lives in `connectlint`. */
export class ConnectlintServer {
  private backend!: ParserBackend;
  private documents!: Documents;
  private readonly trees = new TreeCollector();
  private project!: WorkspaceProject;
  private warmUp!: WarmUp;
  private settings: Settings = resolveSettings(undefined, undefined).settings;
  private readonly analysed = new Map<string, Analysed>();
  private readonly logged = new LogOnce();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Each open document's latest analysis, whatever its version: the next one starts from it. */
  private readonly previous = new Map<string, Analysis>();
  private workspaceFolder: string | undefined;
  private workspaceFolders: string[] = [];
  private workDoneProgress = false;
  private pullDiagnostics = false;
  private configurationRequests = false;

  constructor(private readonly connection: Connection) {}

  /** What the server offers. */
  capabilities(): ServerCapabilities {
    return {
      // Incremental sync: edits arrive as ranges, applied to the text and the tree.
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      // Pull diagnostics (LSP 3.17) for clients that ask; pushed otherwise.
      diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false },
      executeCommandProvider: { commands: [EXPLAIN_COMMAND] },
    };
  }

  register(): void {
    const c = this.connection;
    c.onInitialize((params) => this.onInitialize(params));
    c.onInitialized(() => void this.onInitialized());
    c.onDidOpenTextDocument(({ textDocument: d }) =>
      this.onChanged(this.documents.didOpen(d.uri, d.languageId, d.version, d.text)),
    );
    c.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const document = this.documents.didChange(
        textDocument.uri,
        textDocument.version,
        contentChanges,
      );
      if (document) this.onChanged(document);
    });
    c.onDidCloseTextDocument(({ textDocument }) => this.onClosed(textDocument.uri));
    c.onDidChangeConfiguration(() => void this.reloadSettings());
    c.onDidChangeWatchedFiles(({ changes }) => {
      for (const change of changes) {
        if (change.uri.startsWith('file:')) this.project.fileChanged(fileURLToPath(change.uri));
      }
    });
    c.onHover((params) => this.onHover(params));
    c.onCodeAction((params) => this.onCodeAction(params));
    c.languages.diagnostics.on((params) => this.onPullDiagnostics(params));
    c.onExecuteCommand(({ command, arguments: args }) =>
      command === EXPLAIN_COMMAND && typeof args?.[0] === 'string'
        ? (explain(args[0], this.settings) ?? null)
        : null,
    );
    c.onShutdown(() => {
      this.trees.dispose();
      this.project.dispose();
      for (const timer of this.timers.values()) clearTimeout(timer);
      this.timers.clear();
    });
  }

  private async onInitialize(params: InitializeParams): Promise<InitializeResult> {
    // wasm by default in an editor, though native parses faster: the native
    // binding registers every node object it hands out with its tree (a weak
    // reference and a finalizer, all updated by each `tree.edit`), and an
    // editor's many small re-analyses pay more for that than for the parse —
    // p95 edit-to-diagnostics 11 ms native, 8.4 ms wasm (bench/RESULTS.md).
    this.backend = await loadBackend(envBackend() ?? 'wasm');
    this.documents = new Documents(this.backend);
    this.warmUp = new WarmUp(this.backend);
    this.project = new WorkspaceProject(() => this.refreshAll(), this.backend);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    this.workspaceFolder = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined;
    this.workspaceFolders = (params.workspaceFolders?.map((f) => f.uri) ?? [folder ?? ''])
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => fileURLToPath(uri));
    this.workDoneProgress = !!params.capabilities.window?.workDoneProgress;
    this.pullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
    this.configurationRequests = !!params.capabilities.workspace?.configuration;
    this.applySettings(
      resolveSettings(this.workspaceFolder, params.initializationOptions?.connectlint),
    );
    return {
      capabilities: this.capabilities(),
      serverInfo: { name: 'connectlint-language-server', version: '0.1.0' },
    };
  }

  private async onInitialized(): Promise<void> {
    // After the answer to initialize has gone out (it is written on a later
    // turn of the event loop), while the editor opens its first file.
    this.warmUp.start();
    if (this.configurationRequests) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, {
        section: 'connectlint',
      });
      await this.reloadSettings();
    }
    if (this.workspaceFolders.length > 0) void this.indexWorkspace();
  }

  /** The project index over the workspace folders, in the background, with work-done progress when the client shows it. */
  private async indexWorkspace(): Promise<void> {
    const progress = this.workDoneProgress
      ? await this.connection.window.createWorkDoneProgress().catch(() => undefined)
      : undefined;
    progress?.begin('connectlint: indexing the project', 0, undefined, false);
    try {
      await this.project.scan(this.workspaceFolders, (percent) =>
        progress?.report(percent, `${percent}%`),
      );
    } finally {
      progress?.done();
    }
    this.connection.console.info(`connectlint: project index: ${this.project.describe()}`);
  }

  private async reloadSettings(): Promise<void> {
    const section = this.configurationRequests
      ? ((await this.connection.workspace.getConfiguration('connectlint')) as unknown)
      : undefined;
    this.applySettings(resolveSettings(this.workspaceFolder, section));
    this.refreshAll();
  }

  private applySettings({ settings, errors }: ReturnType<typeof resolveSettings>): void {
    this.settings = settings;
    for (const error of errors)
      void this.connection.window.showErrorMessage(`connectlint: ${error}`);
  }

  /** Every open document again: settings or the workspace's helpers changed. */
  private refreshAll(): void {
    this.analysed.clear();
    if (this.pullDiagnostics) void this.connection.languages.diagnostics.refresh();
    else for (const document of this.documents.all()) this.schedule(document);
  }

  private onChanged(document: OpenDocument): void {
    this.warmUp.busy();
    this.analysed.delete(document.uri);
    if (!this.pullDiagnostics) this.schedule(document);
  }

  /** Debounced, not queued: a newer version replaces the pending run. */
  private schedule(document: OpenDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        const current = this.documents.get(document.uri);
        if (!current) return;
        const { diagnostics, version } = this.analyse(current);
        void this.connection.sendDiagnostics({ uri: current.uri, version, diagnostics });
      }, DEBOUNCE_MS),
    );
  }

  private onClosed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    // Its unsaved text leaves the project with it.
    const path = this.documents.get(uri)?.path;
    if (path !== undefined) this.project.documentClosed(path);
    this.documents.didClose(uri);
    this.analysed.delete(uri);
    this.previous.delete(uri);
    if (!this.pullDiagnostics) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The document's analysis at its current version, computed once. */
  analyse(document: OpenDocument): Analysed {
    this.warmUp.busy();
    const cached = this.analysed.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const settings = this.settings;
    this.project.documentChanged(document.path, document.text);
    let analysis: Analysis;
    try {
      const tree = this.documents.parse(document, settings.languages);
      this.trees.parsed();
      // The previous version's analysis: unchanged functions keep their findings.
      const previous = this.previous.get(document.uri);
      analysis = analyzeText(
        this.backend,
        document.path,
        document.text,
        settings,
        tree,
        { previous, lines: document.lines },
        this.project.current(),
        document.language,
      );
      // Its findings cache, not its model: the model is garbage once the text changes.
      this.previous.set(document.uri, keptForNextVersion(analysis));
    } catch (error) {
      // One document's failure is logged; the server serves the others.
      this.connection.console.error(
        `connectlint: ${document.uri}: ${error instanceof Error ? error.stack : error}`,
      );
      analysis = { result: { path: document.path, findings: [], notices: [] } };
    }
    for (const notice of analysis.result.notices) {
      // A failing rule fails again on every edit: logged once, as an error; a notice once per document.
      const error = notice.level === 'error';
      if (!this.logged.first(error ? notice.message : `${document.uri}\0${notice.message}`))
        continue;
      const line = `connectlint: ${document.uri}: ${notice.message}`;
      if (error) this.connection.console.error(line);
      else this.connection.console.warn(line);
    }
    const diagnostics = analysis.result.findings.map((finding, index) =>
      toDiagnostic(finding, document.uri, index),
    );
    const analysed = { version: document.version, analysis, diagnostics };
    this.analysed.set(document.uri, analysed);
    return analysed;
  }

  private onPullDiagnostics(params: DocumentDiagnosticParams): DocumentDiagnosticReport {
    const document = this.documents.get(params.textDocument.uri);
    const items = document ? this.analyse(document).diagnostics : [];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  }

  private onHover({ textDocument, position }: HoverParams): Hover | null {
    const document = this.documents.get(textDocument.uri);
    if (!document) return null;
    const { analysis } = this.analyse(document);
    const language = document.language;
    if (!language) return null;
    const root = document.tree?.rootNode;
    const offset = document.lines.offsetAt(position.line, position.character);
    // After an edit, only the hovered function is modelled in full (not the file).
    const model = analysis.modelAt?.(offset) ?? analysis.model;
    if (!root || !model) return null;
    const found = hoverAt({
      language: language.id,
      root,
      model,
      platform: this.settings.platform,
      offset,
      ...(this.settings.manual === 'local' && localManual()
        ? { localManual: localManual() as string }
        : {}),
    });
    if (!found) return null;
    const start = document.lines.position(found.start);
    const end = document.lines.position(found.end);
    return {
      contents: { kind: 'markdown', value: found.markdown },
      range: {
        start: { line: start.line - 1, character: start.column - 1 },
        end: { line: end.line - 1, character: end.column - 1 },
      },
    };
  }

  private onCodeAction(params: CodeActionParams): CodeAction[] {
    const document = this.documents.get(params.textDocument.uri);
    if (!document) return [];
    return codeActions(document, this.analyse(document).analysis, params, EXPLAIN_COMMAND);
  }
}
