# cmake -DSTAGE=DIR -DPROFILES_DIR=DIR -DHEAT=wixl-heat -P stage-placeholder.cmake
# Stages the inputs of the full-product MSI check (installer/msi.cmake, msi-full-placeholder): the shipped profiles,
# and PLACEHOLDER files where the Windows build puts hotpatch-ready.exe and windeployqt's Qt runtime; then
# harvests the profiles and the "Qt runtime" into WiX fragments with wixl-heat, as heat.exe does on Windows.
file(REMOVE_RECURSE ${STAGE})
file(GLOB profiles ${PROFILES_DIR}/*.json)
file(COPY ${profiles} DESTINATION ${STAGE}/profiles)
set(note "PLACEHOLDER: not a program. The full-product MSI is built on Windows with Qt (docs/installer.md).\n")
file(WRITE ${STAGE}/gui/hotpatch-ready.exe "${note}")
file(WRITE ${STAGE}/qt/Qt6Core.dll.placeholder "${note}")
file(WRITE ${STAGE}/qt/platforms/qwindows.dll.placeholder "${note}")
foreach(part profiles qt)
    file(GLOB_RECURSE files RELATIVE ${STAGE} ${STAGE}/${part}/*)
    list(SORT files)
    list(JOIN files "\n" list)
    file(WRITE ${STAGE}/${part}.list "${list}\n")
endforeach()
execute_process(COMMAND ${HEAT} -p profiles/ --component-group Profiles --directory-ref ProfilesDir
                        --var var.ProfilesSrc --win64
                INPUT_FILE ${STAGE}/profiles.list OUTPUT_FILE ${STAGE}/profiles.wxs WORKING_DIRECTORY ${STAGE}
                COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${HEAT} -p qt/ --component-group QtRuntime --directory-ref BinDir --var var.QtSrc --win64
                INPUT_FILE ${STAGE}/qt.list OUTPUT_FILE ${STAGE}/qt.wxs WORKING_DIRECTORY ${STAGE}
                COMMAND_ERROR_IS_FATAL ANY)
