; What one function declares, returns, stores and labels (as queries/c/function-facts.scm):
; run on a single function body. C++ adds references (`int &fd = c.fd;`) and
; `auto`, which the grammar reads as a declaration like any other.

; Locals: int x; int x = 1; char *p; struct s a[4]; int &r = x;
(declaration declarator: (identifier) @local)
(declaration declarator: (init_declarator declarator: (identifier) @local))
(declaration declarator: (pointer_declarator declarator: (identifier) @local))
(declaration declarator: (init_declarator declarator: (pointer_declarator declarator: (identifier) @local)))
(declaration declarator: (init_declarator declarator: (reference_declarator (identifier) @local)))
(declaration declarator: (array_declarator declarator: (identifier) @local))

; return <value>;
(return_statement (_) @returned)

; name = value;  T name = value;  T name(value);  T name{value};
(assignment_expression left: (identifier) @store.name right: (_) @store.value)
(init_declarator declarator: (identifier) @init.name value: (_) @init.value)

; label: statement
(labeled_statement label: (statement_identifier) @label) @labeled
