# What `cmake --install build [--prefix DIR]` puts where (GNU layout):
#   bin/parallax, lib/parallax/parallax-pdf.so, share/man/man1/parallax.1, the bash, zsh and fish
#   completions, include/parallax/, lib/libparallax.a, lib/cmake/parallax/
#   (find_package(parallax) -> parallax::parallax) and lib/pkgconfig/parallax.pc.
# tests/install/run.sh installs into a scratch prefix and builds against it.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

if(TARGET parallax)
  install(TARGETS parallax RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
# the PDF reader's module, loaded by the library when it reads a PDF
install(TARGETS parallax_pdf LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/parallax)
install(FILES ${PROJECT_SOURCE_DIR}/docs/parallax.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/share/bash-completion/completions/parallax
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PROJECT_SOURCE_DIR}/share/zsh/site-functions/_parallax DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
install(FILES ${PROJECT_SOURCE_DIR}/share/fish/vendor_completions.d/parallax.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

install(TARGETS parallax_lib EXPORT parallaxTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/include/parallax DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(PARALLAX_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/parallax)
install(EXPORT parallaxTargets NAMESPACE parallax:: DESTINATION ${PARALLAX_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/parallaxConfig.cmake.in ${PROJECT_BINARY_DIR}/parallaxConfig.cmake
                              INSTALL_DESTINATION ${PARALLAX_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/parallaxConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/parallaxConfig.cmake ${PROJECT_BINARY_DIR}/parallaxConfigVersion.cmake DESTINATION ${PARALLAX_CMAKE_DIR})

# The library is static: its own dependencies go in Requires.private and
# Libs.private, which `pkg-config --static --libs parallax` adds.
file(RELATIVE_PATH PARALLAX_PC_UP /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
configure_file(${PROJECT_SOURCE_DIR}/cmake/parallax.pc.in ${PROJECT_BINARY_DIR}/parallax.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/parallax.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
