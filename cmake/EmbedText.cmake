# Writes OUT: a C++ file defining hpr::kEmbeddedReleaseTable with the contents of IN.
file(READ ${IN} _text)
set(_delim "HPR_EMBED")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\nnamespace hpr {\nextern const char *const kEmbeddedReleaseTable;\nconst char *const kEmbeddedReleaseTable = R\"${_delim}(${_text})${_delim}\";\n}\n")
