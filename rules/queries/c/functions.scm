; A function definition: its declarator (which holds the name and the
; parameters, under any pointer declarators) and its body.
(function_definition
  declarator: (_) @declarator
  body: (compound_statement) @body) @function
