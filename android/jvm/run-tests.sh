#!/usr/bin/env bash
# Compile and test the Android app's pure-Java logic (android/jvm) offline: javac + JUnit 4 from Debian.
# Usage: android/jvm/run-tests.sh        Exit status: 0 = all tests passed, 1 = failures, 0 with SKIP when no JDK/JUnit.
set -euo pipefail
cd "$(dirname "$0")"
JUNIT=/usr/share/java/junit4.jar
HAMCREST=/usr/share/java/hamcrest-core.jar
[ -f "$HAMCREST" ] || HAMCREST=/usr/share/java/hamcrest.jar
if ! command -v javac >/dev/null; then echo "SKIP android/jvm tests: no javac (apt-get install -y openjdk-17-jdk-headless)"; exit 0; fi
if [ ! -f "$JUNIT" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "installing junit4 from Debian …"
    (apt-get update -qq && apt-get install -y -qq junit4) >/dev/null 2>&1 || true
  fi
  [ -f "$HAMCREST" ] || HAMCREST=/usr/share/java/hamcrest-core.jar
  if [ ! -f "$JUNIT" ]; then echo "SKIP android/jvm tests: $JUNIT not found (apt-get install -y junit4)"; exit 0; fi
fi
[ -f "$HAMCREST" ] || HAMCREST=/usr/share/java/hamcrest.jar
BUILD=build
rm -rf "$BUILD"; mkdir -p "$BUILD/main" "$BUILD/test"
javac --release 17 -encoding UTF-8 -Xlint:all -Werror -d "$BUILD/main" $(find src/main/java -name '*.java')
cp -r src/main/resources/. "$BUILD/main/"
javac --release 17 -encoding UTF-8 -d "$BUILD/test" -cp "$BUILD/main:$JUNIT" $(find src/test/java -name '*.java')
CP="$BUILD/main:$BUILD/test:src/test/resources:$JUNIT:$HAMCREST"
TESTS=$(cd src/test/java && find . -name '*Test.java' | sed 's|^\./||; s|\.java$||; s|/|.|g' | sort)
java -cp "$CP" org.junit.runner.JUnitCore $TESTS
