"""dlnotes: the first course of the Deep Learning Specialization, in numpy.

Modules follow the lectures, and names follow the lecture notation: ``X`` has
shape ``(n_x, m)`` with one example per column, ``Y`` has shape ``(1, m)``.

- :mod:`dlnotes.activations`: sigmoid, tanh, ReLU, leaky ReLU and derivatives
- :mod:`dlnotes.losses`: the loss of one example and the cost J
- :mod:`dlnotes.graph`: the computation graph and a tiny scalar autodiff
- :mod:`dlnotes.logistic`: logistic regression as a neural network
- :mod:`dlnotes.shallow`: the one-hidden-layer network
- :mod:`dlnotes.deep`: the deep (L-layer) network, built from one-layer blocks
- :mod:`dlnotes.gradcheck`: numerical gradient checking
- :mod:`dlnotes.datasets`: the course's data sets, made without downloads
"""

from dlnotes._validation import MissingParameterError, NotAnArrayError, ShapeError

__version__ = "0.1.0"

__all__ = ["MissingParameterError", "NotAnArrayError", "ShapeError", "__version__"]
