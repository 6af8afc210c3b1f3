; Object-like macros whose value is a string literal:
;   #define SOCKET_PATH "/var/run/app.sock"
; so that a copy of SOCKET_PATH into sun_path can be measured.
(preproc_def
  name: (identifier) @name
  value: (preproc_arg) @value) @macro
