# Runs PROGRAM with ARGS (a ;-list) and fails unless it exits with code 2
# and its standard error contains EXPECT: how a tool must refuse bad input.
#   cmake -DPROGRAM=... -DARGS=a;b -DEXPECT=text -P expect_exit_2.cmake
execute_process(COMMAND ${PROGRAM} ${ARGS} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(FIND "${err}" "${EXPECT}" at)
if(NOT code STREQUAL "2" OR at EQUAL -1)
  message(FATAL_ERROR "${PROGRAM} ${ARGS}: exit ${code}, expected 2 and a message containing\n  ${EXPECT}\n"
                      "stdout:\n${out}\nstderr:\n${err}")
endif()
message(STATUS "exit 2: ${err}")
