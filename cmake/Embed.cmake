# Embeds data files (rules, translations) into the build as a generated C++
# source, so the binary carries the exact rules it was tested with.
#
#   kinerja_embed(TARGET name OUTPUT file.cpp FILES a.json b.json BASE dir)
# generates `kinerja::embedded::files()` entries keyed by the path relative to BASE.
function(kinerja_embed)
  cmake_parse_arguments(E "" "OUTPUT;BASE;NAMESPACE" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT "${E_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${E_OUTPUT} -DBASE=${E_BASE} -DNAMESPACE=${E_NAMESPACE}
            "-DFILES=${E_FILES}" -P "${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake"
    DEPENDS ${E_FILES} "${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake"
    COMMENT "Embedding ${E_NAMESPACE} files"
    VERBATIM)
endfunction()
