; Macro definitions, object-like and function-like: errno aliases
; (#define SOCKERRNO errno) and errno classifiers
; (#define SOCK_INPROGRESS(e) ((e) == EINPROGRESS)) are found among these.
(preproc_def
  name: (identifier) @name
  value: (preproc_arg) @value) @macro

(preproc_function_def
  name: (identifier) @name
  value: (preproc_arg) @value) @macro
