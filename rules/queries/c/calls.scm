; Every call through a plain function name: connect(2), socket(2), fcntl/ioctl,
; and the project's own wrappers are all found among these. Calls through
; pointers or members (ops->connect(...)) are not connect(2) and are not captured.
; Only what the model reads is captured: each capture is a node marshalled out
; of the parser's memory (a 1,600-line function has hundreds of calls).
(call_expression
  function: (identifier) @name
  arguments: (argument_list)) @call
