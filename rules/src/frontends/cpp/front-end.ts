import { C_FRONT_END } from '../c/front-end.js';
import type { FrontEnd } from '../front-end.js';

/**
 * C++: the C model, read from tree-sitter-cpp's trees with the queries of
 * `queries/cpp/` (the language table's `queryDir`). So every rule's `c` check
 * runs on C++ with no change to the rules. What C++ adds to the C model's
 * reading — functions in namespaces, classes and templates, `::connect` and
 * `std::` calls, C++ casts, `fd.get()`, a class's own `connect` and its data
 * members — lives in `model/c/cpp-syntax.ts` and `model/c/cpp-classes.ts`.
 *
 * The byte prefilter, the model builder (its editor cache included) and the
 * hover are C's: the same words matter (`connect(`, `sun_path`, the wrappers).
 */
export const CPP_FRONT_END: FrontEnd<'c'> = {
  ...C_FRONT_END,
  id: 'cpp',
  label: 'C++',
  fixtures: 'cpp',
  warmUp: [
    {
      extension: 'cc',
      text:
        '// connectlint-disable-next-line\nnamespace n {\nstruct C {\n  int f(sockaddr_un *a) {\n' +
        '    std::strcpy(a->sun_path, "x");\n' +
        '    return ::connect(fd.get(), reinterpret_cast<sockaddr *>(a), sizeof *a);\n  }\n};\n}\n',
    },
  ],
};
