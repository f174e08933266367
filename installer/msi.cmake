# Windows MSI of the cross-compiled CLI (mingw build): `cmake --build build-win --target msi`.
# Needs wixl (msitools). The .wxs is generated from installer/hotpatch-ready-cli.wxs.in with one component
# per shipped profile.
find_program(HPR_WIXL wixl)
if(NOT HPR_WIXL)
    message(STATUS "wixl not found: the msi target is not available")
    return()
endif()
file(GLOB HPR_PROFILE_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/profiles/*.json)
list(SORT HPR_PROFILE_FILES)
# wixl takes Source paths relative to its working directory (absolute ones are rejected), so the profiles are
# staged in the build folder and wixl runs there.
file(REMOVE_RECURSE ${CMAKE_BINARY_DIR}/msi-stage)
file(COPY ${HPR_PROFILE_FILES} DESTINATION ${CMAKE_BINARY_DIR}/msi-stage/profiles)
set(HPR_PROFILE_COMPONENTS "")
set(HPR_PROFILE_REFS "")
set(_i 0)
foreach(f IN LISTS HPR_PROFILE_FILES)
    get_filename_component(_name ${f} NAME)
    math(EXPR _i "${_i} + 1")
    string(APPEND HPR_PROFILE_COMPONENTS
        "                <Component Id=\"Profile${_i}\" Guid=\"*\" Win64=\"yes\"><File Id=\"ProfileFile${_i}\" Name=\"${_name}\" Source=\"msi-stage/profiles/${_name}\" KeyPath=\"yes\"/></Component>\n")
    string(APPEND HPR_PROFILE_REFS "      <ComponentRef Id=\"Profile${_i}\"/>\n")
endforeach()
file(RELATIVE_PATH HPR_CLI_DIR ${CMAKE_BINARY_DIR} ${CMAKE_BINARY_DIR}/app)
set(HPR_CLI_EXE "${HPR_CLI_DIR}/$<TARGET_FILE_NAME:hotpatch-ready-cli>")
configure_file(${CMAKE_CURRENT_LIST_DIR}/hotpatch-ready-cli.wxs.in ${CMAKE_BINARY_DIR}/hotpatch-ready-cli.wxs.tmp @ONLY)
file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/hotpatch-ready-cli.wxs INPUT ${CMAKE_BINARY_DIR}/hotpatch-ready-cli.wxs.tmp)
set(HPR_MSI ${CMAKE_BINARY_DIR}/hotpatch-ready-cli-${PROJECT_VERSION}-x64.msi)
add_custom_command(OUTPUT ${HPR_MSI}
    COMMAND ${HPR_WIXL} -a x64 -o ${HPR_MSI} hotpatch-ready-cli.wxs
    WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
    DEPENDS hotpatch-ready-cli ${CMAKE_BINARY_DIR}/hotpatch-ready-cli.wxs ${HPR_PROFILE_FILES}
    COMMENT "Building the MSI with wixl")
add_custom_target(msi DEPENDS ${HPR_MSI})
