@echo off
rem Run the test suite on Windows with Python installed: what `make test` does on Linux.
rem Creates .venv (py -3), installs the app with the test tools, compiles the translations,
rem runs pytest offscreen. Arguments go to pytest: test.cmd tests\cli -x
setlocal
for /f "tokens=2 delims=:." %%c in ('chcp') do set "CODEPAGE=%%c"
chcp 65001 >nul
cd /d "%~dp0"
call packaging\windows\ensure_venv.cmd "[test]" -test || goto :end
set "QT_QPA_PLATFORM=offscreen"
.venv\Scripts\python -m pytest -q -p no:cacheprovider %*
:end
set "STATUS=%ERRORLEVEL%"
chcp %CODEPAGE% >nul
exit /b %STATUS%
