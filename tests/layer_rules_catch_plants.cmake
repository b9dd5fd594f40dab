# Plants one wrong include at a time into a copy of the source tree and checks that the layer
# rules refuse each, naming the file. Proves that cmake/LayerRules.cmake can fail.
# Run as: cmake -DSOURCE_DIR=<source> -DWORK_DIR=<scratch> -P layer_rules_catch_plants.cmake
set(plants
  "core/api/planted.h|#include \"core/usage/usagepager.h\""
  "core/usage/planted.h|#include \"core/export/exportsink.h\""
  "core/export/planted.cpp|#include \"ui/mainwindow.h\""
  "core/views/planted.cpp|#include \"mockserver/mockapi.h\""
  "core/api/planted.cpp|#include <QWidget>"
  "ui/planted.cpp|#include \"mockserver/mockhttpserver.h\""
  "ui/dashboard/planted.cpp|#include \"app/commandsession.h\""
  "mockserver/planted.cpp|#include \"ui/mainwindow.h\""
  "ui/widgets/planted.cpp|#include \"pagerbar.h\""
  "core/planted.h|#include \"core/api/month.h\"")
set(caught 0)
foreach(plant IN LISTS plants)
  string(REPLACE "|" ";" parts "${plant}")
  list(GET parts 0 file)
  list(GET parts 1 line)
  set(tree "${WORK_DIR}/planted-tree")
  file(REMOVE_RECURSE "${tree}")
  foreach(folder core ui app mockserver)
    file(COPY "${SOURCE_DIR}/${folder}" DESTINATION "${tree}")
  endforeach()
  file(WRITE "${tree}/${file}" "${line}\n")
  execute_process(
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${tree} -P ${SOURCE_DIR}/cmake/LayerRules.cmake
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(result EQUAL 0 OR NOT err MATCHES "${file}")
    message(FATAL_ERROR "The layer rules let ${file} with ${line} through:\n${out}${err}")
  endif()
  math(EXPR caught "${caught} + 1")
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}/planted-tree")
message(STATUS "The layer rules caught all ${caught} planted includes")
