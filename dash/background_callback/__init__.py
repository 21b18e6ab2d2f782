"""Background callbacks: ``@callback(..., background=True)`` runs as a job that the browser polls."""

from .managers.base import BaseBackgroundCallbackManager as BaseBackgroundCallbackManager
from .managers.celery_manager import CeleryManager as CeleryManager
from .managers.diskcache_manager import DiskcacheManager as DiskcacheManager
