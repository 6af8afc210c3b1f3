import { buildProject } from './build-index.js';
import { projectAllSources, projectRootFor } from './project-root.js';
import type { ProjectFacts } from './types.js';
import type { ParserBackend } from '../parse/syntax.js';

/**
 * The project facts of the projects a process lints, one index per project
 * root, built on first need: ESLint lints every file of a run in one process,
 * and each file asks for its project's facts.
 */
export class ProjectsByRoot {
  private readonly indexes = new Map<string, ProjectFacts>();

  /** `backend`: the face's parser, for the Node modules' functions. */
  constructor(private readonly backend?: () => ParserBackend | undefined) {}

  /**
   * The facts of the project of `file`, with `top` the folder of the run;
   * `connectCalls`: the connect wrappers the file's settings name.
   */
  factsFor(file: string, top: string, connectCalls: readonly string[] = []): ProjectFacts {
    const root = projectRootFor(file, top);
    const key = `${root}\0${connectCalls.join(',')}`;
    let facts = this.indexes.get(key);
    if (!facts) {
      // C sources and headers, TypeScript and JavaScript modules: one walk of the root.
      const backend = this.backend?.();
      facts = buildProject(projectAllSources(root), {
        root,
        connectCalls,
        ...(backend ? { backend } : {}),
      }).project();
      this.indexes.set(key, facts);
    }
    return facts;
  }
}
