"""The demo app as a WSGI application for gunicorn (``demo_wsgi:application``), in production mode."""

from dash.demo import create_app

application = create_app().server
