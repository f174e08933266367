# Translations of the wizard and the dashboard (docs/translations.md): Qt Linguist .ts files in translations/,
# compiled to .qm and embedded in hpr_ui as resources under :/i18n (UiLanguage loads them).
#   cmake --build build --target update_translations   # lupdate: new strings into every .ts (unfinished)
# lupdate keeps strings that left the sources as "vanished" entries (their translations stay for reuse); the test
# i18n/ts-complete fails on them, so removing a string is a conscious clean-up, never a silent loss.
# No source locations in the .ts: three people edit ui/ at the same time and line numbers would conflict.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(HPR_LANGUAGES de fr es ja pt_BR)
set(HPR_TS_FILES)
foreach(lang IN LISTS HPR_LANGUAGES)
    list(APPEND HPR_TS_FILES ${PROJECT_SOURCE_DIR}/translations/hotpatch-ready_${lang}.ts)
endforeach()
# Everything people read in the GUI: the wizard (ui/), the dashboard (ui/fleet/) and the composition root.
file(GLOB HPR_TR_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
     ${PROJECT_SOURCE_DIR}/ui/fleet/*.cpp ${PROJECT_SOURCE_DIR}/ui/fleet/*.h)
list(APPEND HPR_TR_SOURCES ${PROJECT_SOURCE_DIR}/app/gui/main.cpp)
# The engine's text the wizard shows (checks, VBS diagnosis, next steps, the plan, the verification): templates
# marked with QT_TRANSLATE_NOOP("hpr::engine", ...) (app/engine/text.h), translated by UiText::engine.
list(APPEND HPR_TR_SOURCES ${PROJECT_SOURCE_DIR}/app/engine/text.cpp ${PROJECT_SOURCE_DIR}/app/engine/assessment.cpp
     ${PROJECT_SOURCE_DIR}/app/engine/plan.cpp ${PROJECT_SOURCE_DIR}/app/engine/releasetable.cpp
     ${PROJECT_SOURCE_DIR}/app/engine/evidence.cpp
     ${PROJECT_SOURCE_DIR}/app/platform/remediation.cpp ${PROJECT_SOURCE_DIR}/app/platform/securebootupdate.cpp
     ${PROJECT_SOURCE_DIR}/app/platform/evidencedevice.cpp ${PROJECT_SOURCE_DIR}/app/platform/sim/simdevice.cpp
     ${PROJECT_SOURCE_DIR}/app/platform/win32/win32device.cpp)
set(HPR_LUPDATE_OPTIONS -locations none)
set(HPR_TR_SOURCES ${HPR_TR_SOURCES} CACHE INTERNAL "Sources lupdate reads (tests/gui/tst_i18n.cpp)")
set(HPR_LUPDATE_OPTIONS ${HPR_LUPDATE_OPTIONS} CACHE INTERNAL "lupdate options")
set(HPR_TS_FILES ${HPR_TS_FILES} CACHE INTERNAL "The .ts files")

qt_add_translations(hpr_ui
    TS_FILES ${HPR_TS_FILES}
    SOURCES ${HPR_TR_SOURCES}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS ${HPR_LUPDATE_OPTIONS}
    LRELEASE_OPTIONS -nounfinished -removeidentical)
# Qt 6.4 names the global lupdate target update_translations; keep that name whatever a later Qt calls it.
if(NOT TARGET update_translations)
    add_custom_target(update_translations DEPENDS hpr_ui_lupdate)
endif()
