# Linux package of the native build (training, offline evidence, fleet use): cpack -G DEB in the build folder.
# The version comes only from project(VERSION ...).
set(CPACK_PACKAGE_NAME hotpatch-ready)
set(CPACK_PACKAGE_VENDOR "Hotpatch Ready")
set(CPACK_PACKAGE_CONTACT "Hotpatch Ready maintainers <maintainers@hotpatch-ready.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Makes Windows 11 devices hotpatch-ready: detect, explain, fix, one restart, verify")
set(CPACK_PACKAGE_DESCRIPTION
    "Training on simulated Windows devices, offline assessment from evidence files, and the CLI for scripts.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
