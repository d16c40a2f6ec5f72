"""Notebook source: the planar flower data with one hidden layer (syllabus page 30).

Builds docs/ko/notebooks/planar-flower.ipynb and
docs/en/notebooks/planar-flower.ipynb (python -m notebooks); the format is
described in notebooks/__init__.py.
"""

# %% [markdown] ko
# # 실습: 은닉층 하나로 평면 꽃 데이터 분류하기 { #planar-flower }
#
# 3주차에 다룬 은닉층(hidden layer)이 하나인 신경망(neural network)을 직선으로는 나눌 수 없는 데이터로 학습시킵니다. 데이터는 평면 위에 꽃잎 모양으로 흩어진 점 400개입니다. 꽃잎 하나하나는 빨간색이거나 파란색이고, 두 색의 꽃잎이 원점을 중심으로 섞여 있습니다. 순서는 다음과 같습니다.
#
# 1. 데이터를 그려 봅니다.
# 2. 선형 분류기(linear classifier)인 로지스틱 회귀(logistic regression)가 왜 실패하는지 확인합니다(정확도 약 47%).
# 3. 은닉층에 유닛(unit)이 4개인 신경망이 90%를 넘기는 모습을 봅니다.
# 4. 은닉층 크기, 활성화 함수(activation function), 학습률(learning rate)을 바꾸어 봅니다.
# 5. 다른 2차원 데이터셋(dataset)에도 같은 신경망을 적용합니다.
#
# 신경망의 식은 [신경망의 표현](../week3/neural-network-representation.md)과 [신경망의 경사 하강법](../week3/gradient-descent-for-neural-networks.md) 페이지에서, 코드는 `dlnotes.shallow`에서 볼 수 있습니다.
# %% [markdown] en
# # Hands-on: the planar flower data with one hidden layer { #planar-flower }
#
# We train the network with one hidden layer from week 3 on data that no straight line can split: 400 points scattered in the plane like the petals of a flower. Each petal is red or blue, and petals of both colours are interleaved around the origin. The plan:
#
# 1. Plot the data.
# 2. See why logistic regression, a linear classifier, fails (about 47% accuracy).
# 3. Watch a network with a hidden layer of 4 units get above 90%.
# 4. Vary the size of the hidden layer, the activation function and the learning rate.
# 5. Apply the same network to other 2-D data sets.
#
# The formulas are on the pages [Neural network representation](../week3/neural-network-representation.md) and [Gradient descent for neural networks](../week3/gradient-descent-for-neural-networks.md); the code is in `dlnotes.shallow`.

# %% [markdown] ko
# ## 준비 { #setup }
#
# `dlnotes` 말고는 NumPy와 Matplotlib, 선형 기준선(baseline)에 쓸 scikit-learn만 있으면 됩니다. 페이지를 가볍게 하려고 그림은 작은 크기로 그린 뒤 64색 팔레트 PNG로 내보냅니다(`small_png`).
#
# 이어서 두 함수를 정의합니다. `plot_decision_boundary`는 평면의 각 점을 예측한 레이블(label)의 색으로 칠하고, `course_accuracy`는 강의와 같은 방식으로 정확도(accuracy)를 계산합니다. $Y \hat{Y}^T$는 레이블이 1인 샘플(example)을 1로 맞힌 개수, $(1 - Y)(1 - \hat{Y})^T$는 레이블이 0인 샘플을 0으로 맞힌 개수이므로, 둘을 더해 $m$으로 나누면 맞힌 비율이 됩니다.
# %% [markdown] en
# ## Setup { #setup }
#
# Besides `dlnotes`, we only use NumPy, Matplotlib and, for the linear baseline, scikit-learn. Figures are drawn small and saved as PNGs with a 64-colour palette, which keeps the page light (`small_png`).
#
# Then we define `plot_decision_boundary`, which colours the plane by the predicted label, and `course_accuracy`, which computes the accuracy the way the course does: $Y \hat{Y}^T$ counts the examples labelled 1 and predicted 1, $(1 - Y)(1 - \hat{Y})^T$ those labelled 0 and predicted 0; their sum divided by $m$ is the share predicted correctly.

# %%
import io

import matplotlib.pyplot as plt
import numpy as np
from IPython import get_ipython
from matplotlib.figure import Figure
from PIL import Image
from sklearn.linear_model import LogisticRegression, LogisticRegressionCV

from dlnotes.datasets import load_extra_datasets, load_planar_dataset
from dlnotes.shallow import (
    backward_propagation,
    compute_cost,
    forward_propagation,
    initialize_parameters,
    nn_model,
    predict,
    update_parameters,
)


def small_png(fig):
    """The figure as a PNG with a 64-colour palette: same look, a third of the bytes."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    image = Image.open(buffer).convert("RGB").quantize(64, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    image.save(buffer, format="png", optimize=True)
    return buffer.getvalue()


plt.switch_backend(plt.get_backend())  # load the inline backend first: it cannot undo this
get_ipython().display_formatter.formatters["image/png"].for_type(Figure, small_png)
plt.rcParams.update({"figure.figsize": (4.5, 3.2), "figure.dpi": 80, "font.size": 9})

# %%
COLORS = np.array(["tab:red", "tab:blue"])  # label 0, label 1
REGIONS = ["#f4c7c3", "#c6dbef"]  # predicted 0, predicted 1


def plot_decision_boundary(predict_fn, X, Y, ax=None, title=None):
    """Colour the plane by predict_fn's label (0 or 1), then draw the examples."""
    ax = ax or plt.gca()
    x1, x2 = np.meshgrid(
        np.linspace(X[0].min() - 1, X[0].max() + 1, 200),
        np.linspace(X[1].min() - 1, X[1].max() + 1, 200),
    )
    labels = predict_fn(np.vstack([x1.ravel(), x2.ravel()]))
    ax.contourf(x1, x2, np.reshape(labels, x1.shape), levels=[-0.5, 0.5, 1.5], colors=REGIONS)
    ax.scatter(X[0], X[1], c=COLORS[Y[0]], s=6, linewidths=0)
    ax.set_xticks([])
    ax.set_yticks([])
    if title:
        ax.set_title(title)


def course_accuracy(predictions, Y):
    """Percentage of correct predictions: (Y Y_hat^T + (1 - Y)(1 - Y_hat)^T) / m * 100."""
    Y = Y.astype(np.float64)
    predictions = np.asarray(predictions, dtype=np.float64)
    correct = np.dot(Y, predictions.T) + np.dot(1 - Y, 1 - predictions.T)
    return correct.item() / Y.size * 100


# %% [markdown] ko
# ## 데이터 { #data }
#
# `load_planar_dataset()`는 강의와 똑같은 방법으로 점을 만듭니다. 시드(seed)를 1로 둔 난수 생성기로 클래스(class)마다 각도 $t$와 반지름 $r = 4 \sin(4t)$에 작은 잡음을 더해 점 $(r \sin t, r \cos t)$ 200개를 뽑습니다. 샘플 하나를 열 하나에 담으므로 `X`의 형상(shape)은 $(2, 400)$, `Y`의 형상은 $(1, 400)$입니다.
# %% [markdown] en
# ## The data { #data }
#
# `load_planar_dataset()` follows the course's recipe exactly: from a generator seeded with 1 it draws, for each class, an angle $t$ and a radius $r = 4 \sin(4t)$ with a little noise, giving 200 points $(r \sin t, r \cos t)$. One example is one column, so `X` has shape $(2, 400)$ and `Y` has shape $(1, 400)$.

# %%
X, Y = load_planar_dataset()
print("X:", X.shape, "  Y:", Y.shape, "  examples labelled 1:", int(Y.sum()))

# %%
# alt[ko]: 평면 꽃 데이터의 산점도. 점들이 원점에서 뻗어 나간 꽃잎 여덟 장을 이루고, 빨간 꽃잎과 파란 꽃잎이 원점 주위에 섞여 있습니다.
# alt[en]: Scatter plot of the planar flower data. The points form eight petals radiating from the origin, red and blue petals interleaved around it.
fig, ax = plt.subplots(figsize=(3.6, 3.2))
ax.scatter(X[0], X[1], c=COLORS[Y[0]], s=8, linewidths=0)
ax.set_aspect("equal")
ax.set_xlabel("$x_1$")
ax.set_ylabel("$x_2$")
plt.show()

# %% [markdown] ko
# 꽃잎 여덟 장 가운데 네 장은 빨간색, 네 장은 파란색이고, 두 색이 원점 주위에 섞여 있습니다. $\sin 4t$는 $\pi/4$마다 부호가 바뀌고 클래스마다 $t$가 움직이는 폭이 $\pi$ 정도이므로, 한 클래스에 꽃잎이 네 장씩 생깁니다. 다만 색이 한 장씩 번갈아 나오지는 않습니다. 위쪽 두 장은 둘 다 빨간색, 아래쪽 두 장은 둘 다 파란색입니다. 꽃잎은 모두 원점을 지나므로 가운데에서는 서로 겹칩니다. 어떤 직선을 긋더라도 양쪽에 두 색이 모두 섞입니다.
# %% [markdown] en
# Of the eight petals, four are red and four are blue, interleaved around the origin. $\sin 4t$ changes sign every $\pi/4$, and each class sweeps $t$ over about $\pi$, so each class gets four petals. The colours do not strictly alternate: the two petals at the top are both red, the two at the bottom both blue. All petals pass through the origin, so they overlap in the middle. Whatever straight line we draw, both colours end up on each side.

# %% [markdown] ko
# ## 선형 기준선: 로지스틱 회귀 { #linear-baseline }
#
# 먼저 scikit-learn의 `LogisticRegressionCV`로 로지스틱 회귀를 학습시켜 기준선을 잡습니다. scikit-learn은 샘플 하나를 행 하나로 받으므로 `X.T`를 넘기고, 레이블도 1차원 배열 `Y.ravel()`로 바꾸어 넘깁니다. 로지스틱 회귀의 결정 경계(decision boundary)는 $w^T x + b = 0$인 직선입니다.
# %% [markdown] en
# ## A linear baseline: logistic regression { #linear-baseline }
#
# As a baseline we first train logistic regression with scikit-learn's `LogisticRegressionCV`. scikit-learn expects one example per row, so we pass `X.T` and the labels as a 1-D array, `Y.ravel()`. The decision boundary of logistic regression is the straight line $w^T x + b = 0$.

# %%
clf = LogisticRegressionCV(l1_ratios=(0.0,), scoring=None, use_legacy_attributes=False)
clf.fit(X.T, Y.ravel())
linear_accuracy = course_accuracy(clf.predict(X.T), Y)
print(f"accuracy of logistic regression: {linear_accuracy:.2f} % (correctly labelled points)")

# %%
# alt[ko]: 꽃 데이터 위에 그린 로지스틱 회귀의 결정 경계. 평면을 빨간 쪽과 파란 쪽으로 가르는 직선 하나이고, 양쪽 모두에 두 색의 꽃잎이 섞여 있습니다.
# alt[en]: Decision boundary of logistic regression over the flower data: a single straight line splitting the plane into a red side and a blue side, with petals of both colours on each side.
fig, ax = plt.subplots(figsize=(3.6, 3.2))
plot_decision_boundary(lambda G: clf.predict(G.T), X, Y, ax, "logistic regression")
plt.show()

# %% [markdown] ko
# 정확도는 47%입니다. 클래스마다 점이 200개씩이어서 모든 점을 한 클래스로 예측하기만 해도 50%는 맞히므로, 로지스틱 회귀는 사실상 아무것도 배우지 못한 셈입니다. 직선 하나로는 섞여 있는 꽃잎을 가를 수 없기 때문입니다.
# %% [markdown] en
# The accuracy is 47%. With 200 points in each class, labelling everything with one colour would already score 50%: logistic regression has learned essentially nothing, because a single line cannot split interleaved petals.

# %% [markdown] ko
# ## 은닉층이 하나인 신경망 { #neural-network }
#
# 이제 층의 크기가 입력층(input layer) $n_x = 2$, 은닉층 $n_h = 4$, 출력층(output layer) $n_y = 1$인 신경망을 학습시킵니다. 은닉층의 활성화 함수는 하이퍼볼릭 탄젠트(tanh)이고, 출력층에는 시그모이드(sigmoid)를 씁니다. 순전파(forward propagation)는 다음 네 식으로 이루어집니다.
#
# $$
# Z^{[1]} = W^{[1]} X + b^{[1]}, \quad A^{[1]} = \tanh(Z^{[1]}), \quad Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}, \quad A^{[2]} = \sigma(Z^{[2]})
# $$
#
# `nn_model`은 가중치(weight)를 작은 무작위 값으로 초기화하고(시드 2, [무작위 초기화](../week3/random-initialization.md) 참고), 순전파, 비용(cost) 계산, 역전파(backpropagation), 갱신을 10000번 되풀이합니다. 학습률은 강의와 같은 $\alpha = 1.2$입니다.
# %% [markdown] en
# ## A network with one hidden layer { #neural-network }
#
# Now we train a network with $n_x = 2$ inputs, a hidden layer of $n_h = 4$ units and an output layer of $n_y = 1$ unit. The hidden activation is tanh and the output activation is the sigmoid. Forward propagation is four equations:
#
# $$
# Z^{[1]} = W^{[1]} X + b^{[1]}, \quad A^{[1]} = \tanh(Z^{[1]}), \quad Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}, \quad A^{[2]} = \sigma(Z^{[2]})
# $$
#
# `nn_model` initializes the weights with small random values (seed 2; see [Random initialization](../week3/random-initialization.md)) and repeats forward propagation, cost, backpropagation and update 10000 times. The learning rate is the course's $\alpha = 1.2$.

# %%
parameters = nn_model(X, Y, n_h=4, num_iterations=10000, learning_rate=1.2, print_cost=True)
predictions = predict(parameters, X)
print(f"accuracy (n_h = 4, tanh, 10000 iterations): {course_accuracy(predictions, Y):.2f} %")
wrong = (predictions != Y)[0]
in_strip = np.mean(np.abs(X[0, wrong]) < 1)
print(f"misclassified: {wrong.sum()} points, {in_strip:.0%} of them in the strip |x1| < 1")

# %%
# alt[ko]: 유닛 4개짜리 신경망의 결정 경계. 경계가 구부러져 꽃잎을 따라가며, 빨간 꽃잎은 빨간 영역에, 파란 꽃잎은 대부분 파란 영역에 들어갑니다.
# alt[en]: Decision boundary of the 4-unit network. The boundary bends to follow the petals: red petals fall in red regions and blue petals mostly in blue ones.
fig, ax = plt.subplots(figsize=(3.6, 3.2))
plot_decision_boundary(lambda G: predict(parameters, G), X, Y, ax, "$n_h = 4$, tanh")
plt.show()

# %% [markdown] ko
# 비용은 0.693에서 0.22 근처까지 내려가고, 정확도는 90.75%로 로지스틱 회귀의 47%보다 훨씬 높습니다. 은닉 유닛(hidden unit) 하나하나는 로지스틱 회귀처럼 평면에 직선 하나를 긋고, 그 직선 양쪽에서 서로 다른 값을 냅니다. 출력층이 이 네 값을 비선형으로 섞으므로 결정 경계는 여러 직선을 이어 붙인 듯 구부러져 꽃잎을 따라갈 수 있습니다.
#
# 잘못 분류된 점 37개는 거의 모두(89%) 세로축을 따라 놓인 띠 $|x_1| < 1$ 안에 있습니다. 이 띠에 드는 점은 전체의 3분의 1 정도뿐이지만, 위아래로 뻗은 꽃잎들이 원점을 지나며 서로 겹치는 곳이어서 유닛 4개로 만든 경계로는 가르기 어렵습니다.
# %% [markdown] en
# The cost falls from 0.693 to about 0.22, and the accuracy is 90.75%, far above the 47% of logistic regression. Each hidden unit draws a straight line in the plane, like a logistic regression, and takes different values on its two sides. The output layer mixes these four values non-linearly, so the decision boundary is pieced together from several lines and can bend to follow the petals.
#
# Nearly all (89%) of the 37 misclassified points lie in the strip $|x_1| < 1$ along the vertical axis, which holds only about a third of all points. There the petals pointing up and down pass through the origin and overlap, which is hard to split with a boundary made from 4 units.

# %% [markdown] ko
# ## 강좌 노트북의 두 버전 { #course-versions }
#
# 이 실습의 강좌 노트북에는 두 가지 버전이 있고, 두 버전은 서로 다른 무작위 가중치에서 출발합니다. 예전 버전은 `initialize_parameters` 안에서 시드를 2로 고정하며, 위의 결과(90.75%)는 이 버전을 따른 것입니다. 새 버전은 `nn_model` 첫머리에서 `np.random.seed(3)`을 부르고 `initialize_parameters`에서는 시드를 고정하지 않습니다. 두 버전 모두 $W^{[1]}$을 먼저, $W^{[2]}$를 나중에 뽑으므로, `nn_model`에 `seed=3`을 주면 새 버전의 결과가 그대로 나옵니다. 직접 실행한 노트북의 숫자와 견줄 때는 그 노트북이 어느 버전인지부터 확인하십시오.
# %% [markdown] en
# ## Two versions of the course's notebook { #course-versions }
#
# Two versions of the course's notebook for this exercise circulate, and they start from different random weights. The older one fixes the seed at 2 inside `initialize_parameters`; the result above (90.75%) is that version's. The newer one calls `np.random.seed(3)` at the top of `nn_model` and does not seed `initialize_parameters` at all. Both draw $W^{[1]}$ first and $W^{[2]}$ second, so passing `seed=3` to `nn_model` gives the newer version's results exactly. When you compare numbers with your own notebook, check first which version it is.

# %%
parameters_newer = nn_model(X, Y, n_h=4, num_iterations=10000, print_cost=True, seed=3)
accuracy_newer = course_accuracy(predict(parameters_newer, X), Y)
print(f"accuracy (seed=3, the newer notebook): {accuracy_newer:.2f} %")
print(f"printed by the newer notebook (with %d) as: Accuracy: {int(accuracy_newer)}%")

# %% [markdown] ko
# 새 버전의 비용은 0.693162에서 출발하고, 정확도는 90.5%입니다. 새 버전 노트북은 정확도를 `%d`로 출력해 소수점 아래를 버리므로 "90%"로 보입니다. 어느 버전이든 7000번째 반복 무렵부터의 비용은 컴퓨터나 NumPy 버전에 따라 소수점 아래 넷째나 다섯째 자리에서 조금 다를 수 있습니다. 라이브러리마다 부동소수점 연산의 반올림이 미세하게 다르고(덧셈 순서, 지수 함수 구현), 이 작은 차이가 반복을 거듭하며 쌓이기 때문입니다.
# %% [markdown] en
# The newer version's cost starts at 0.693162 and its accuracy is 90.5%; the newer notebook prints the accuracy with `%d`, which drops the decimals, so it shows "90%". In either version the costs from about iteration 7000 on can differ slightly, in the fourth or fifth decimal place, from one computer or NumPy version to another: libraries round floating-point results a little differently (the order of sums, the exponential routine), and the tiny differences build up over the iterations.

# %% [markdown] ko
# ## 은닉층 크기 바꾸기 { #hidden-layer-size }
#
# 은닉 유닛 수 $n_h$는 하이퍼파라미터(hyperparameter)입니다. $n_h = 1, 2, 3, 4, 5, 20, 50$으로 학습시켜 결정 경계를 나란히 그립니다. 노트북 실행 시간을 줄이려고 이 비교에서는 강의처럼 5000번씩만 반복하므로, $n_h = 4$의 결과가 위에서 10000번 학습한 결과와 조금 다릅니다.
# %% [markdown] en
# ## Varying the size of the hidden layer { #hidden-layer-size }
#
# The number of hidden units $n_h$ is a hyperparameter. We train with $n_h = 1, 2, 3, 4, 5, 20, 50$ and draw the decision boundaries side by side. To keep the notebook fast, this comparison runs 5000 iterations each, as the course does, so the $n_h = 4$ result differs slightly from the 10000-iteration run above.

# %%
# alt[ko]: 은닉 유닛이 1, 2, 3, 4, 5, 20, 50개일 때의 결정 경계를 작은 그림 일곱 개로 나란히 놓은 격자. 유닛이 1개나 2개일 때는 경계가 단순해 꽃잎 절반을 놓치고, 3개부터는 꽃잎을 따라가며, 50개에서는 위아래 가장자리에 좁은 조각이 더 생깁니다.
# alt[en]: Grid of seven small decision-boundary plots for 1, 2, 3, 4, 5, 20 and 50 hidden units. With 1 or 2 units the boundary is simple and misses half of the petals; from 3 units on it follows the petals, and with 50 narrow extra pieces appear at the top and bottom edges.
hidden_sizes = [1, 2, 3, 4, 5, 20, 50]
fig, axes = plt.subplots(2, 4, figsize=(6.4, 3.4))
for ax, n_h in zip(axes.flat, hidden_sizes, strict=False):  # 8 axes, 7 sizes
    params_h = nn_model(X, Y, n_h=n_h, num_iterations=5000)
    acc = course_accuracy(predict(params_h, X), Y)
    print(f"n_h = {n_h:2d}: accuracy {acc:.2f} %")
    plot_decision_boundary(
        lambda G, p=params_h: predict(p, G), X, Y, ax, f"$n_h = {n_h}$: {acc:.2f}%"
    )
axes.flat[-1].axis("off")
fig.tight_layout()
plt.show()

# %% [markdown] ko
# - $n_h = 1, 2$: 67% 정도에 머뭅니다. 직선 한두 개로는 꽃잎 여덟 장을 가를 수 없어 꽃잎 몇 장을 통째로 놓칩니다.
# - $n_h = 3$부터: 90% 안팎으로 뛰어오릅니다. 이 데이터에는 유닛 서너 개면 충분합니다.
# - $n_h = 20, 50$: 정확도가 더 오르지 않습니다. $n_h = 50$에서는 점이 없는 위아래 가장자리에 경계의 좁은 조각이 새로 생길 뿐입니다. 유닛이 많으면 모델의 자유도가 이 데이터에 필요한 것보다 커지고, 더 큰 문제에서는 그 자유도가 훈련 데이터의 잡음까지 외우는 과대적합(overfitting)으로 이어질 수 있습니다. 과대적합을 억제하는 규제(regularization)는 다음 강좌에서 다룹니다.
# %% [markdown] en
# - $n_h = 1, 2$: stuck near 67%. One or two lines cannot split eight petals, so whole petals are missed.
# - From $n_h = 3$: a jump to about 90%. Three or four units are enough for this data.
# - $n_h = 20, 50$: no better accuracy. With $n_h = 50$ the boundary only grows narrow extra pieces at the top and bottom edges, where there are no points. More units give the model more freedom than this data needs; on larger problems that freedom can turn into overfitting, learning the noise of the training data. Regularization, which keeps it in check, is a topic of the next course.

# %% [markdown] ko
# ## 다른 활성화 함수 { #activations }
#
# 은닉층의 활성화 함수를 ReLU, Leaky ReLU, 시그모이드로 바꾸어 봅니다. 유닛 수($n_h = 4$), 반복 횟수(10000), 학습률(1.2), 초기화(시드 2)는 모두 그대로입니다. 각 함수의 모양과 장단점은 [활성화 함수](../week3/activation-functions.md) 페이지에 있습니다.
# %% [markdown] en
# ## Other activation functions { #activations }
#
# Now we swap the hidden activation for ReLU, leaky ReLU and the sigmoid, keeping everything else: $n_h = 4$ units, 10000 iterations, learning rate 1.2, seed 2. The page [Activation functions](../week3/activation-functions.md) describes each function and its pros and cons.

# %%
# alt[ko]: 은닉층 활성화 함수가 ReLU, Leaky ReLU, 시그모이드인 신경망의 결정 경계 세 개. ReLU와 Leaky ReLU는 직선 조각으로 된 경계로 꽃잎 일부만 맞히고, 시그모이드는 tanh와 비슷하게 꽃잎을 따라갑니다.
# alt[en]: Three decision boundaries, for ReLU, leaky ReLU and sigmoid hidden units. ReLU and leaky ReLU give boundaries of straight pieces that catch only some petals; the sigmoid follows the petals much like tanh.
fig, axes = plt.subplots(1, 3, figsize=(6.4, 2.4))
for ax, activation in zip(axes, ["relu", "leaky_relu", "sigmoid"], strict=True):
    params_g = nn_model(X, Y, n_h=4, activation=activation)
    acc = course_accuracy(predict(params_g, X, activation), Y)
    _, cache = forward_propagation(X, params_g, activation)
    active = (cache["Z1"] > 0).mean(axis=1)
    print(
        f"{activation:10}: accuracy {acc:.2f} %, share of points with z > 0 per unit {active.round(2)}"
    )
    plot_decision_boundary(
        lambda G, p=params_g, g=activation: predict(p, G, g), X, Y, ax, f"{activation}: {acc:.2f}%"
    )
fig.tight_layout()
plt.show()

# %% [markdown] ko
# 시그모이드는 89.75%로 tanh(90.75%)와 거의 같습니다. tanh는 시그모이드를 늘이고 옮긴 함수여서 두 함수의 모양이 같기 때문입니다.
#
# ReLU와 Leaky ReLU는 약 70%에 그칩니다. ReLU 유닛의 출력은 자기 직선의 한쪽에서 정확히 0이므로 경계가 직선 조각으로 이루어집니다. 출력된 각 줄 끝의 배열(유닛마다 $z > 0$인 점의 비율)을 보면 두 유닛은 점의 13~16%에서만 켜지므로, 사실상 유닛 두 개로 꽃잎을 가르려는 셈입니다. 유닛이 4개뿐인 작은 실험의 결과일 뿐, ReLU가 나쁜 함수라는 뜻은 아닙니다. 심층 신경망(deep neural network)에서는 양수 쪽에서 포화(saturation)되지 않아 학습이 빠른 ReLU를 기본으로 씁니다. Leaky ReLU의 음수 쪽 기울기(slope) 0.01은 여기서 결과를 거의 바꾸지 못합니다.
# %% [markdown] en
# The sigmoid reaches 89.75%, nearly tanh's 90.75%: the two have the same shape, tanh being a stretched and shifted sigmoid.
#
# ReLU and leaky ReLU stop around 70%. A ReLU unit is exactly 0 on one side of its line, so the boundary is made of straight pieces. The last array printed (for each unit, the share of points with $z > 0$) shows that two units are on for only 13-16% of the points, so in effect two units try to split the petals. This is the outcome of a small experiment with 4 units, not a verdict on ReLU: in deep networks ReLU, which does not saturate for positive inputs, learns faster and is the default choice. The 0.01 slope of leaky ReLU on the negative side changes almost nothing here.

# %% [markdown] ko
# ## 학습률의 영향 { #learning-rate }
#
# `nn_model`의 반복 한 번은 `dlnotes.shallow`의 공개 함수 네 개를 차례로 부르는 것과 같습니다. 이 반복문을 직접 작성해 학습률 $\alpha = 0.01, 0.1, 1.2, 20$으로 2000번씩 학습시키고, 20번마다 비용을 기록해 곡선을 비교합니다.
# %% [markdown] en
# ## The effect of the learning rate { #learning-rate }
#
# One iteration of `nn_model` is the same as calling four public functions of `dlnotes.shallow` in turn. We write that loop ourselves, train for 2000 iterations with learning rates $\alpha = 0.01, 0.1, 1.2, 20$, record the cost every 20 iterations and compare the curves.

# %%
# alt[ko]: 학습률 0.01, 0.1, 1.2, 20의 비용 곡선. 0.01에서는 비용이 0.69 근처에서 거의 움직이지 않고, 0.1에서는 천천히, 1.2에서는 빠르고 매끄럽게 내려가며, 20에서는 크게 오르내립니다.
# alt[en]: Cost curves for learning rates 0.01, 0.1, 1.2 and 20. With 0.01 the cost barely moves from 0.69, with 0.1 it falls slowly, with 1.2 quickly and smoothly, and with 20 it jumps up and down.
fig, ax = plt.subplots(figsize=(5, 3.2))
for lr in [0.01, 0.1, 1.2, 20.0]:
    params_lr = initialize_parameters(2, 4, 1)
    costs = []
    for i in range(2000):
        A2, cache = forward_propagation(X, params_lr)
        if i % 20 == 0:
            costs.append(compute_cost(A2, Y))
        grads = backward_propagation(params_lr, cache, X, Y)
        params_lr = update_parameters(params_lr, grads, learning_rate=lr)
    acc = course_accuracy(predict(params_lr, X), Y)
    print(
        f"learning rate {lr:<4}: cost {costs[-1]:.4f} at iteration {20 * (len(costs) - 1)}, accuracy {acc:.2f} %"
    )
    ax.plot(20 * np.arange(len(costs)), costs, label=rf"$\alpha = {lr:g}$", linewidth=1)
ax.set_xlabel("iteration")
ax.set_ylabel("cost $J$")
ax.legend()
plt.show()

# %% [markdown] ko
# - $\alpha = 0.01$: 걸음이 너무 작아 2000번 반복한 뒤에도 비용이 처음 값 $\log 2 \approx 0.693$ 근처에 머뭅니다.
# - $\alpha = 0.1$: 내려가기는 하지만 느립니다.
# - $\alpha = 1.2$: 빠르고 매끄럽게 내려갑니다. 강의가 이 값을 쓰는 이유입니다.
# - $\alpha = 20$: 걸음이 너무 커서 최솟값을 지나쳐 버리므로 비용이 크게 오르내립니다. [로지스틱 회귀 노트북](logistic-regression.ipynb)에서 보았듯이, 비용 함수가 볼록해도 학습률이 너무 크면 같은 일이 일어납니다.
# %% [markdown] en
# - $\alpha = 0.01$: steps too small; after 2000 iterations the cost is still near its starting value $\log 2 \approx 0.693$.
# - $\alpha = 0.1$: it goes down, but slowly.
# - $\alpha = 1.2$: fast and smooth, which is why the course uses this value.
# - $\alpha = 20$: steps so large that they overshoot the minimum, and the cost jumps up and down. As the [logistic regression notebook](logistic-regression.ipynb) shows, the same happens on a convex cost when the learning rate is too large.

# %% [markdown] ko
# ## 다른 2차원 데이터셋 { #extra-datasets }
#
# `load_extra_datasets()`는 강의 실습의 추가 데이터셋 네 가지를 본떠 NumPy로 만듭니다. 잡음 섞인 동심원(noisy circles), 잡음 섞인 반달 두 개(noisy moons), 점 덩어리(blobs), 가우시안 분위수(Gaussian quantiles)입니다. 강좌에서는 이 데이터를 scikit-learn으로 만들기 때문에 점 하나하나까지 같지는 않습니다. 데이터셋마다 로지스틱 회귀(scikit-learn의 `LogisticRegression`)와 유닛 4개짜리 신경망(tanh, 10000번 반복)을 학습시키고 신경망의 결정 경계를 그립니다.
# %% [markdown] en
# ## Other 2-D data sets { #extra-datasets }
#
# `load_extra_datasets()` uses NumPy to generate four data sets modelled on the extra ones in the course's exercise: noisy circles, noisy moons, blobs and Gaussian quantiles. The course draws them with scikit-learn, so the points themselves are not the same. On each we train logistic regression (scikit-learn's `LogisticRegression`) and the 4-unit network (tanh, 10000 iterations), and draw the network's decision boundary.

# %%
# alt[ko]: 추가 데이터셋 네 개(동심원, 반달, 점 덩어리, 가우시안 분위수)에서 유닛 4개짜리 신경망이 그린 결정 경계. 반달은 거의 완벽하게 나뉘고, 동심원과 분위수에서는 경계가 가운데 영역을 둘러싸며, 점 덩어리에서는 경계가 덩어리들을 묶습니다.
# alt[en]: Decision boundaries of the 4-unit network on the four extra data sets (circles, moons, blobs, Gaussian quantiles). The moons are split almost perfectly; for the circles and the quantiles the boundary encloses a central region, and for the blobs it groups the blobs.
fig, axes = plt.subplots(2, 2, figsize=(5, 4.4))
for ax, (name, (X_e, Y_e)) in zip(axes.flat, load_extra_datasets().items(), strict=True):
    linear = LogisticRegression().fit(X_e.T, Y_e.ravel())
    linear_acc = course_accuracy(linear.predict(X_e.T), Y_e)
    params_e = nn_model(X_e, Y_e, n_h=4)
    acc = course_accuracy(predict(params_e, X_e), Y_e)
    print(f"{name:18}: logistic regression {linear_acc:6.2f} %, network (n_h = 4) {acc:6.2f} %")
    plot_decision_boundary(lambda G, p=params_e: predict(p, G), X_e, Y_e, ax, f"{name}: {acc:.2f}%")
fig.tight_layout()
plt.show()

# %% [markdown] ko
# 네 데이터셋 모두에서 은닉층 하나를 둔 신경망이 로지스틱 회귀보다 낫고, 직선으로 가르기 어려운 데이터일수록 차이가 큽니다. 동심원과 가우시안 분위수에서 로지스틱 회귀는 50% 남짓에 그치지만, 신경망은 가운데 영역을 에워싸는 닫힌 경계를 만들어 각각 80%와 91.5%에 이릅니다. 동심원은 잡음이 커서 두 원이 많이 겹치므로 80%도 나쁘지 않은 결과입니다. 반달은 직선으로도 88%를 맞히지만, 휘어진 경계를 그리는 신경망은 99%를 맞힙니다. 점 덩어리(83%)에서는 왼쪽 위의 빨간 덩어리와 파란 덩어리가 서로 겹쳐 있어 오류 대부분이 그곳에서 나옵니다.
#
# ## 정리 { #summary }
#
# - 직선으로 나눌 수 없는 데이터에서 로지스틱 회귀(47%)는 모든 점을 한 클래스로 예측하는 것(50%)보다도 못합니다.
# - tanh 유닛 4개짜리 은닉층 하나만 더해도 결정 경계가 구부러지고, 정확도가 90.75%에 이릅니다.
# - 유닛이 너무 적으면 과소적합(underfitting)이 일어나고, 몇 개를 넘어서면 더 늘려도 나아지지 않습니다. 이 데이터에는 3~5개가 알맞습니다.
# - 활성화 함수와 학습률도 결과를 크게 바꿉니다. 학습률이 너무 작으면 느리고, 너무 크면 비용이 요동칩니다.
# - [로지스틱 회귀 노트북](logistic-regression.ipynb)과 견주어 보면, 직선이던 결정 경계를 구부리는 것은 은닉층입니다.
# %% [markdown] en
# On all four data sets one hidden layer beats logistic regression, and the less a straight line can do, the larger the gap. On the circles and the Gaussian quantiles logistic regression stays near 50%, while the network draws a closed boundary around a central region and reaches 80% and 91.5%; the circles are noisy enough to overlap a lot, so 80% is a fair result. A line already gets 88% of the moons, but the network's curved boundary gets 99%. On the blobs (83%), a red blob and a blue blob overlap at the upper left, and most errors are there.
#
# ## Summary { #summary }
#
# - On data that no line can split, logistic regression (47%) does worse than labelling every point with one class (50%).
# - A hidden layer of just 4 tanh units bends the decision boundary and reaches 90.75%.
# - Too few units underfit; beyond a handful, more units do not help. For this data, 3 to 5 units are about right.
# - The activation function and the learning rate matter too: too small a learning rate is slow, too large a one makes the cost swing.
# - Compared with the [logistic regression notebook](logistic-regression.ipynb): the hidden layer is what bends the decision boundary beyond a straight line.
