import { buildProject } from './build-index.js';
import { projectAllSources, projectRootFor } from './project-root.js';
import type { ProjectFacts } from './types.js';

/**
 * The project facts of the projects a process lints, one index per project
 * root, built on first need: ESLint lints every file of a run in one process,
 * and each file asks for its project's facts.
 */
export class ProjectsByRoot {
  private readonly indexes = new Map<string, ProjectFacts>();

  /** The facts of the project of `file`, with `top` the folder of the run. */
  factsFor(file: string, top: string): ProjectFacts {
    const root = projectRootFor(file, top);
    let facts = this.indexes.get(root);
    if (!facts) {
      // C sources and headers, TypeScript and JavaScript modules: one walk of the root.
      facts = buildProject(projectAllSources(root), { root }).project();
      this.indexes.set(root, facts);
    }
    return facts;
  }
}
