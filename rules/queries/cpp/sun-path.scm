; Writes into the sun_path member of a struct sockaddr_un (as queries/c/sun-path.scm),
; the copier named bare, as `::strcpy` or as `std::strcpy`.

; A call whose first argument is sun_path, in the spellings real code uses:
;   strcpy(a.sun_path, p)             std::strcpy(a->sun_path, p)
;   memcpy(a.sun_path + 1, p, n)      strcpy(&a.sun_path[0], p)
;   strcpy((char *)a.sun_path, p)
; The copier is named bare, `::strcpy` or `std::strcpy`: the model keeps those whose
; callee is the C library's (`calleeName`), not another namespace's `Foo::strcpy`.
(call_expression
  function: [
    (identifier) @copier
    (qualified_identifier name: (identifier) @copier)
  ]
  arguments: (argument_list
    .
    [
      (field_expression field: (field_identifier) @member)
      (binary_expression left: (field_expression field: (field_identifier) @member))
      (pointer_expression
        argument: (subscript_expression argument: (field_expression field: (field_identifier) @member)))
      (cast_expression value: (field_expression field: (field_identifier) @member))
      (cast_expression value: (binary_expression left: (field_expression field: (field_identifier) @member)))
    ] @destination)
  (#eq? @member "sun_path")) @copy

; bcopy(src, dst, len) takes its destination second.
(call_expression
  function: [
    (identifier) @copier
    (qualified_identifier name: (identifier) @copier)
  ]
  arguments: (argument_list
    .
    (_)
    .
    (field_expression field: (field_identifier) @member) @destination)
  (#eq? @copier "bcopy")
  (#eq? @member "sun_path")) @copy

; A designated initializer (C++20): sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "/run/x.sock" };
(initializer_pair
  designator: (field_designator (field_identifier) @member)
  value: [(string_literal) (concatenated_string)] @literal
  (#eq? @member "sun_path")) @initializer
