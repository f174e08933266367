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

# The full-product MSI (installer/hotpatch-ready.wxs) needs the Qt wizard built for Windows, which this Linux
# machine cannot do (Debian has no Qt for mingw; docs/installer.md). `msi-full-placeholder` checks the source
# itself with wixl: the real cross-built CLI and the profiles, but a PLACEHOLDER text file as hotpatch-ready.exe
# and as the Qt runtime. Its MSI is for structure checks and a test install under Wine only, never to ship.
find_program(HPR_WIXL_HEAT wixl-heat)
if(HPR_WIXL_HEAT)
    set(_full ${CMAKE_BINARY_DIR}/msi-full-stage)
    set(HPR_MSI_FULL_PLACEHOLDER ${CMAKE_BINARY_DIR}/hotpatch-ready-${PROJECT_VERSION}-x64-PLACEHOLDER-GUI.msi)
    add_custom_command(OUTPUT ${HPR_MSI_FULL_PLACEHOLDER}
        COMMAND ${CMAKE_COMMAND} -DSTAGE=${_full} -DPROFILES_DIR=${PROJECT_SOURCE_DIR}/resources/profiles
                -DHEAT=${HPR_WIXL_HEAT} -P ${CMAKE_CURRENT_LIST_DIR}/stage-placeholder.cmake
        COMMAND ${HPR_WIXL} -a x64 -D Version=${PROJECT_VERSION} -D Win64=yes
                -D CliExe=${HPR_CLI_DIR}/$<TARGET_FILE_NAME:hotpatch-ready-cli>
                -D GuiExe=msi-full-stage/gui/hotpatch-ready.exe
                -D ProfilesSrc=msi-full-stage/profiles -D QtSrc=msi-full-stage/qt
                -o ${HPR_MSI_FULL_PLACEHOLDER} ${CMAKE_CURRENT_LIST_DIR}/hotpatch-ready.wxs
                msi-full-stage/profiles.wxs msi-full-stage/qt.wxs
        WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
        DEPENDS hotpatch-ready-cli ${CMAKE_CURRENT_LIST_DIR}/hotpatch-ready.wxs
                ${CMAKE_CURRENT_LIST_DIR}/stage-placeholder.cmake ${HPR_PROFILE_FILES}
        COMMENT "Checking the full-product WiX source with wixl (placeholder GUI and Qt runtime)")
    add_custom_target(msi-full-placeholder DEPENDS ${HPR_MSI_FULL_PLACEHOLDER})
endif()
