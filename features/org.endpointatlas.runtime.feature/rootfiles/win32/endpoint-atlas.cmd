@echo off
rem Endpoint Atlas (installed product) for Windows.
rem   endpoint-atlas            opens the workbench
rem   endpoint-atlas ARGS...    runs a headless command (areas, roles, export, explain, validate, help)
setlocal
set "PRODUCT=%~dp0"
if "%PRODUCT:~-1%"=="\" set "PRODUCT=%PRODUCT:~0,-1%"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java.exe")
for %%f in ("%PRODUCT%\plugins\org.eclipse.osgi_*.jar") do set "OSGI=%%~f"
for %%f in ("%PRODUCT%\plugins\org.endpointatlas.cli_*.jar") do set "CLI=%%~f"
for %%f in ("%PRODUCT%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~f"
if "%~1"=="" (
  "%JAVA%" -Xms64m -Xmx1g -XX:+UseSerialGC -XX:-UsePerfData -XX:CompileThresholdScaling=3 -jar "%LAUNCHER%" -data "%USERPROFILE%\.endpoint-atlas\.workbench"
  exit /b %ERRORLEVEL%
)
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx2g -Xmn384m -Dendpointatlas.install="%PRODUCT%" -cp "%OSGI%;%CLI%" org.endpointatlas.cli.launcher.Main %*
exit /b %ERRORLEVEL%
