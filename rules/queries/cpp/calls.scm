; Every call through a plain function name, as in C (queries/c/calls.scm), and
; the C library's names as C++ spells them: `::connect(...)` (the global one,
; written so where a class has its own connect) and `std::strcpy(...)`. Calls
; through members (ep.connect("x"), client->connect()) are methods, not
; connect(2), and are not captured; nor are other namespaces' functions
; (asio::connect, Comm::connect).
(call_expression
  function: (identifier) @name
  arguments: (argument_list)) @call

(call_expression
  function: (qualified_identifier !scope name: (identifier) @name)
  arguments: (argument_list)) @call

(call_expression
  function: (qualified_identifier
    scope: (namespace_identifier) @scope
    name: (identifier) @name)
  arguments: (argument_list)
  (#eq? @scope "std")) @call
