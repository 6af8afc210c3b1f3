; Comments: suppression directives live in them.
(comment) @comment
