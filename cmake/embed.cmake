# sc_embed(TARGET SYMBOL FILE): compile FILE into TARGET as
#   const unsigned char SYMBOL[]; const size_t SYMBOL_len;   (NUL-terminated, len excludes it)
# so data files ship inside the binary and need no install path.
function(sc_embed target symbol file)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embed_${symbol}.c)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYM=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_run.cmake
    DEPENDS ${file} ${PROJECT_SOURCE_DIR}/cmake/embed_run.cmake
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
