# One INTERFACE target carries every warning and Qt strictness flag; every target links it.
add_library(callbridge_options INTERFACE)
# C++17 for every target that links it (that is, every target of the project).
target_compile_features(callbridge_options INTERFACE cxx_std_17)
target_compile_definitions(callbridge_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(callbridge_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wshadow -Wcast-align -Wimplicit-fallthrough)
  if(CALLBRIDGE_WERROR)
    target_compile_options(callbridge_options INTERFACE -Werror)
  endif()
elseif(MSVC)
  target_compile_options(callbridge_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
endif()

# CALLBRIDGE_SANITIZE: AddressSanitizer and UndefinedBehaviorSanitizer on every target (the CI's sanitizer leg).
# CALLBRIDGE_FUZZ: clang's libFuzzer instrumentation on every target, plus ASan/UBSan (fuzz/).
option(CALLBRIDGE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CALLBRIDGE_FUZZ "Build the libFuzzer targets in fuzz/ (clang)" OFF)
if(CALLBRIDGE_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "CALLBRIDGE_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
endif()
if(CALLBRIDGE_SANITIZE OR CALLBRIDGE_FUZZ)
  set(_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_compile_options(callbridge_options INTERFACE ${_sanitizers})
  target_link_options(callbridge_options INTERFACE ${_sanitizers})
endif()
if(CALLBRIDGE_FUZZ)
  target_compile_options(callbridge_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
