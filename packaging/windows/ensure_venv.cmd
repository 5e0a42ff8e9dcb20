@echo off
rem Make .venv ready for run.cmd and test.cmd (what the Makefile does on Linux): create it with
rem the Python launcher, install the app (%1: extras such as "[test]"; %2: the stamp's suffix)
rem when pyproject.toml changed since the last install, and compile the translations.
rem Called from the repository root.
setlocal
set "EXTRAS=%~1"
set "STAMP=.venv\.installed%~2"
where py >nul 2>nul || goto :no_python
py -3 -c "import sys; sys.exit(sys.version_info < (3, 11))" || goto :old_python
if not exist ".venv\Scripts\python.exe" (
  echo Tạo môi trường .venv / creating .venv
  py -3 -m venv .venv || goto :failed
)
.venv\Scripts\python -c "import os, sys; s = r'%STAMP%'; sys.exit(not os.path.exists(s) or os.path.getmtime(s) < os.path.getmtime('pyproject.toml'))" && goto :translations
echo Cài các gói cần thiết (lần đầu vài phút) / installing the packages (a few minutes the first time)
.venv\Scripts\python -m pip install --quiet --upgrade pip || goto :failed
.venv\Scripts\python -m pip install --quiet -e ".%EXTRAS%" || goto :failed
type nul > "%STAMP%"
:translations
.venv\Scripts\python packaging\build_translations.py >nul || goto :failed
exit /b 0

:no_python
echo Không thấy Python (lệnh py) / Python not found: install Python 3.11 or newer from https://www.python.org/downloads/ with the "py launcher" option
exit /b 1

:old_python
echo Cần Python 3.11 trở lên / Python 3.11 or newer is needed (py -3 --version shows yours)
exit /b 1

:failed
echo Cài đặt thất bại: xem thông báo ở trên / setting up .venv failed: see the messages above
exit /b 1
