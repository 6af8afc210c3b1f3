; Every call and every `new`: socket creations and the calls made on sockets
; are found among these.
(call_expression
  function: (_) @callee
  arguments: (_) @arguments) @call

(new_expression
  constructor: (_) @constructor) @new
