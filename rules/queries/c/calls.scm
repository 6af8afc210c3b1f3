; Every call through a plain function name: connect(2), socket(2), fcntl/ioctl,
; and the project's own wrappers are all found among these. Calls through
; pointers or members (ops->connect(...)) are not connect(2) and are not captured.
(call_expression
  function: (identifier) @name
  arguments: (argument_list) @arguments) @call
