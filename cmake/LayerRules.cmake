# The layer rules, read from the code's own includes. Used two ways:
#   include(cmake/LayerRules.cmake) and neuroio_check_layers(<source dir>): at configure time,
#     so a wrong-way include fails the build before anything compiles;
#   cmake -DSOURCE_DIR=<dir> -P cmake/LayerRules.cmake: the same check, for tests.
#
# The rules (docs/architecture.md explains them):
# - every quoted include is rooted at the source root ("core/api/billingclient.h"), so a
#   wrong-way include shows up in one search;
# - core/api includes nothing else of core; core/usage may use api; core/views may use api and
#   usage; core/insights (forecasts, budgets) may use api and usage; core/export may use all
#   four. Nothing in core includes ui/, app/ or mockserver/,
#   and core includes no Qt Gui, Widgets, Charts or Svg header: it runs without a display;
# - ui/ uses core/ and ui/, never mockserver/ or app/; mockserver/ uses core/ only;
# - app/ puts everything together.

function(neuroio_layer_allows from to result)
  set(allowed "")
  if(from MATCHES "^core/api/")
    set(allowed "core/api/")
  elseif(from MATCHES "^core/usage/")
    set(allowed "core/api/;core/usage/")
  elseif(from MATCHES "^core/views/")
    set(allowed "core/api/;core/usage/;core/views/")
  elseif(from MATCHES "^core/insights/")
    set(allowed "core/api/;core/usage/;core/insights/")
  elseif(from MATCHES "^core/export/")
    set(allowed "core/api/;core/usage/;core/views/;core/insights/;core/export/")
  elseif(from MATCHES "^ui/")
    set(allowed "core/;ui/")
  elseif(from MATCHES "^mockserver/")
    set(allowed "core/;mockserver/")
  elseif(from MATCHES "^app/")
    set(allowed "core/;ui/;mockserver/;app/")
  endif()
  set(${result} FALSE PARENT_SCOPE)
  foreach(prefix IN LISTS allowed)
    string(FIND "${to}" "${prefix}" at)
    if(at EQUAL 0)
      set(${result} TRUE PARENT_SCOPE)
    endif()
  endforeach()
endfunction()

function(neuroio_check_layers source_dir)
  set(problems "")
  set(count 0)
  file(GLOB_RECURSE sources RELATIVE "${source_dir}"
       "${source_dir}/core/*.h" "${source_dir}/core/*.cpp"
       "${source_dir}/ui/*.h" "${source_dir}/ui/*.cpp"
       "${source_dir}/app/*.h" "${source_dir}/app/*.cpp"
       "${source_dir}/mockserver/*.h" "${source_dir}/mockserver/*.cpp")
  set(headless "^[ \t]*#[ \t]*include[ \t]*<(QtGui|QtWidgets|QtCharts|QtSvg|QWidget|QApplication|QGuiApplication|QPainter|QImage|QPixmap|QColor|QFont|QIcon|QChart|QAbstractItemView)[/>]")
  foreach(source IN LISTS sources)
    math(EXPR count "${count} + 1")
    if(source MATCHES "^core/[^/]+$")
      list(APPEND problems "${source}: a core file belongs in a layer folder (api, usage, views, insights, export)")
    endif()
    file(STRINGS "${source_dir}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line IN LISTS includes)
      if(source MATCHES "^core/" AND line MATCHES "${headless}")
        list(APPEND problems "${source}: core must not use Qt Gui, Widgets or Charts: ${line}")
      endif()
      if(NOT line MATCHES "\"([^\"]+)\"")
        continue()
      endif()
      set(included "${CMAKE_MATCH_1}")
      if(included MATCHES "\\.moc$")
        continue() # generated next to the test by moc
      endif()
      if(NOT included MATCHES "^(core|ui|app|mockserver|tests)/")
        list(APPEND problems "${source}: \"${included}\" is not rooted at the source root")
        continue()
      endif()
      neuroio_layer_allows("${source}" "${included}" ok)
      if(NOT ok)
        list(APPEND problems "${source}: may not include \"${included}\"")
      endif()
    endforeach()
  endforeach()
  if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Includes that break the layer rules (docs/architecture.md):\n  ${text}")
  endif()
  message(STATUS "Layer rules hold: ${count} files checked")
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED SOURCE_DIR)
  neuroio_check_layers("${SOURCE_DIR}")
endif()
