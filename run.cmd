@echo off
rem Start minutes-app on Windows with Python installed: what `make run` does on Linux.
rem Creates .venv (py -3), installs the app only, compiles the translations, opens the window.
rem Arguments go to the program: run.cmd --db D:\bienban.sqlite, or a subcommand (run.cmd --help).
setlocal
for /f "tokens=2 delims=:." %%c in ('chcp') do set "CODEPAGE=%%c"
chcp 65001 >nul
cd /d "%~dp0"
call packaging\windows\ensure_venv.cmd "" -app || goto :end
.venv\Scripts\python -m minutes_app %*
:end
set "STATUS=%ERRORLEVEL%"
chcp %CODEPAGE% >nul
exit /b %STATUS%
