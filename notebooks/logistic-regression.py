"""Notebook source: logistic regression from scratch (syllabus page 29).

Builds docs/ko/notebooks/logistic-regression.ipynb and
docs/en/notebooks/logistic-regression.ipynb (python -m notebooks); the format
is described in notebooks/__init__.py.
"""

# %% [markdown] ko
# # 실습: 로지스틱 회귀를 처음부터 { #logistic-regression-from-scratch }
#
# 이 노트북에서는 2주차에 배운 로지스틱 회귀(logistic regression)를 처음부터 끝까지 직접 학습시킵니다. 모델은 $\hat{y} = \sigma(w^T x + b)$ 하나뿐이고, 학습은 경사 하강법(gradient descent)으로 합니다. 순서는 다음과 같습니다.
#
# 1. `dlnotes` 패키지가 만들어 주는 작은 데이터를 불러옵니다(내려받는 파일은 없습니다).
# 2. 순전파(forward propagation)와 역전파(backpropagation)를 한 번 계산해 봅니다.
# 3. 경사 하강법으로 학습하면서 비용 함수(cost function)가 줄어드는 모습을 그립니다.
# 4. 훈련 세트(training set)와 테스트 세트(test set)에서 정확도(accuracy)를 잽니다.
# 5. 학습률(learning rate)을 바꾸어 가며 학습 속도를 비교합니다.
# 6. 학습된 모델의 결정 경계(decision boundary)를 그립니다.
#
# 코드는 모두 `dlnotes.logistic`의 함수를 그대로 씁니다. 각 함수가 하는 일은 [로지스틱 회귀](../week2/logistic-regression.md)와 [로지스틱 회귀의 벡터화](../week2/vectorizing-logistic-regression.md) 페이지에서 한 줄씩 설명합니다.
# %% [markdown] en
# # Hands-on: logistic regression from scratch { #logistic-regression-from-scratch }
#
# In this notebook we train the logistic regression of week 2 from start to finish. The model is just $\hat{y} = \sigma(w^T x + b)$, trained by gradient descent. The plan:
#
# 1. Load a small data set that the `dlnotes` package makes (nothing is downloaded).
# 2. Compute one forward and one backward pass.
# 3. Train with gradient descent and watch the cost go down.
# 4. Measure the accuracy on the training set and on the test set.
# 5. Compare how fast training goes for several learning rates.
# 6. Draw the decision boundary of the trained model.
#
# All the code calls the functions of `dlnotes.logistic` as they are. The pages [Logistic regression](../week2/logistic-regression.md) and [Vectorizing logistic regression](../week2/vectorizing-logistic-regression.md) explain them line by line.

# %% [markdown] ko
# ## 준비 { #setup }
#
# 필요한 것은 NumPy, Matplotlib, 그리고 이 사이트의 패키지 `dlnotes`뿐입니다. 그림은 작게 그리고, 64색 팔레트 PNG로 내보내 페이지를 가볍게 합니다(`small_png`).
# %% [markdown] en
# ## Setup { #setup }
#
# All we need is NumPy, Matplotlib and this site's package, `dlnotes`. Figures are drawn small and sent as PNGs with a 64-colour palette, which keeps the page light (`small_png`).

# %%
import io

import matplotlib.pyplot as plt
import numpy as np
from IPython import get_ipython
from matplotlib.figure import Figure
from PIL import Image

from dlnotes.datasets import load_two_gaussians
from dlnotes.logistic import accuracy, initialize_with_zeros, model, optimize, predict, propagate


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
COLORS = np.array(["tab:red", "tab:blue"])  # label 0, label 1

# %% [markdown] ko
# ## 데이터 { #data }
#
# `load_two_gaussians()`는 평면 위에 점 구름 두 개를 만듭니다. 레이블(label)이 0인 점은 $(-1, -1)$ 둘레에, 1인 점은 $(1, 1)$ 둘레에 모이고, 두 구름의 분산은 모두 1입니다. 구름이 조금 겹치므로 어떤 직선도 두 클래스를 완벽하게 나누지는 못합니다. 로지스틱 회귀가 얼마나 잘 해내는지 보기에 알맞은 문제입니다.
#
# 강의의 표기를 그대로 따라, 샘플 하나가 열 하나입니다. 특성 벡터(feature vector)가 2차원이므로 $n_x = 2$이고, `X_train`의 모양은 $(n_x, m)$, `Y_train`의 모양은 $(1, m)$입니다.
# %% [markdown] en
# ## The data { #data }
#
# `load_two_gaussians()` makes two clouds of points in the plane. Points with label 0 gather around $(-1, -1)$, points with label 1 around $(1, 1)$, both with unit variance. The clouds overlap a little, so no straight line can separate the two classes perfectly: a fair test of what logistic regression can do.
#
# As in the lectures, one example is one column. The feature vector has two entries, so $n_x = 2$; `X_train` has shape $(n_x, m)$ and `Y_train` has shape $(1, m)$.

# %%
X_train, Y_train, X_test, Y_test = load_two_gaussians()
print("X_train:", X_train.shape, "  Y_train:", Y_train.shape)
print("X_test: ", X_test.shape, "  Y_test: ", Y_test.shape)
print(f"share of label 1 in the training set: {Y_train.mean():.2f}")

# %%
# alt[ko]: 훈련 세트의 산점도. 레이블 0인 빨간 점은 왼쪽 아래에, 레이블 1인 파란 점은 오른쪽 위에 모여 있고, 가운데에서 조금 겹칩니다.
# alt[en]: Scatter plot of the training set. Red points (label 0) gather at the lower left, blue points (label 1) at the upper right, with some overlap in the middle.
fig, ax = plt.subplots()
ax.scatter(X_train[0], X_train[1], c=COLORS[Y_train[0]], s=10, linewidths=0)
ax.set_xlabel("$x_1$")
ax.set_ylabel("$x_2$")
ax.set_aspect("equal")
plt.show()

# %% [markdown] ko
# ## 순전파와 역전파 한 번 { #one-pass }
#
# 모델은 샘플마다 $z = w^T x + b$를 계산하고, 시그모이드(sigmoid)를 거쳐 확률 $a = \sigma(z)$를 내놓습니다. 비용 $J$는 $m$개 샘플의 손실(loss)의 평균입니다.
#
# $$
# J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log a^{(i)} + (1 - y^{(i)}) \log (1 - a^{(i)}) \right)
# $$
#
# `propagate`는 이 값과 함께 그래디언트(gradient) $dw = \frac{1}{m} X \, dZ^T$, $db = \frac{1}{m} \sum_{i} dz^{(i)}$를 한 번에 계산합니다. 여기서 $dZ = A - Y$입니다. 가중치(weight)와 편향(bias)을 모두 0으로 두고 시작하면 모든 샘플에서 $a = 0.5$이므로, 비용은 $\log 2 \approx 0.693$이 되어야 합니다.
# %% [markdown] en
# ## One forward and backward pass { #one-pass }
#
# For each example the model computes $z = w^T x + b$ and passes it through the sigmoid to get a probability $a = \sigma(z)$. The cost $J$ is the mean of the $m$ losses:
#
# $$
# J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log a^{(i)} + (1 - y^{(i)}) \log (1 - a^{(i)}) \right)
# $$
#
# `propagate` computes it together with the gradients $dw = \frac{1}{m} X \, dZ^T$ and $db = \frac{1}{m} \sum_{i} dz^{(i)}$, where $dZ = A - Y$. Starting from zero weights and a zero bias, every example gets $a = 0.5$, so the cost must be $\log 2 \approx 0.693$.

# %%
w, b = initialize_with_zeros(X_train.shape[0])
grads, cost = propagate(w, b, X_train, Y_train)
print(f"cost at w = 0, b = 0: {cost:.6f}  (log 2 = {np.log(2):.6f})")
print("dw =", grads["dw"].ravel().round(4), " db =", round(grads["db"], 4))

# %% [markdown] ko
# 비용은 정확히 $\log 2$입니다. $dw$의 두 성분이 모두 음수이므로, 경사 하강법의 갱신 $w := w - \alpha \, dw$는 두 가중치를 모두 키웁니다. 오른쪽 위에 있는 점일수록 레이블 1일 가능성이 크다는 데이터의 모양과 맞는 방향입니다.
# %% [markdown] en
# The cost is exactly $\log 2$. Both entries of $dw$ are negative, so the gradient descent update $w := w - \alpha \, dw$ makes both weights grow: points further up and to the right become more likely to be labelled 1, which is what the data looks like.

# %% [markdown] ko
# ## 경사 하강법으로 학습 { #training }
#
# `optimize`는 위의 계산을 `num_iterations`번 되풀이하면서 매번 $w := w - \alpha \, dw$, $b := b - \alpha \, db$로 갱신하고, 100번마다 비용을 기록합니다. 학습률 $\alpha = 0.1$로 2000번 반복합니다.
# %% [markdown] en
# ## Training with gradient descent { #training }
#
# `optimize` repeats the computation above `num_iterations` times, updating $w := w - \alpha \, dw$ and $b := b - \alpha \, db$ each time, and records the cost every 100 iterations. We run 2000 iterations with the learning rate $\alpha = 0.1$.

# %%
params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations=2000, learning_rate=0.1)
for i, c in enumerate(costs):
    if i % 5 == 0 or i == len(costs) - 1:
        print(f"cost after iteration {100 * i:4d}: {c:.4f}")
print("w =", params["w"].ravel().round(3), " b =", round(params["b"], 3))

# %%
# alt[ko]: 반복 횟수에 따른 비용 곡선. 0.693에서 출발해 처음 몇백 번 사이에 빠르게 떨어진 뒤 0.25 근처에서 평평해집니다.
# alt[en]: Cost against iterations. It starts at 0.693, drops quickly over the first few hundred iterations and levels off near 0.25.
fig, ax = plt.subplots()
ax.plot(100 * np.arange(len(costs)), costs, marker=".")
ax.set_xlabel("iteration")
ax.set_ylabel("cost $J$")
ax.set_title(r"$\alpha = 0.1$")
plt.show()

# %% [markdown] ko
# 비용 곡선은 처음에 가파르게 떨어지다가 곧 평평해집니다. 로지스틱 회귀의 비용 함수는 볼록 함수(convex function)이므로 경사 하강법은 하나뿐인 최솟값으로 꾸준히 다가갑니다. 비용이 0까지 내려가지 않는 까닭은 두 구름이 겹치기 때문입니다. 겹친 부분의 점은 어느 쪽으로 분류해도 일부가 틀리므로 손실이 남습니다.
#
# 학습된 가중치는 $w \approx (1.58, 1.76)$으로 두 성분이 비슷하고, 편향은 거의 0입니다. 구름의 중심이 $(-1, -1)$과 $(1, 1)$이므로, 이상적인 경계는 두 중심을 잇는 선분의 수직이등분선 $x_1 + x_2 = 0$입니다. 모델이 거의 그 방향을 찾았습니다.
# %% [markdown] en
# The cost falls steeply at first and soon levels off. The cost of logistic regression is a convex function, so gradient descent heads steadily for its single minimum. It does not reach 0 because the clouds overlap: points in the overlap are partly misclassified whatever the boundary, and their loss remains.
#
# The learned weights $w \approx (1.58, 1.76)$ have similar entries and the bias is almost 0. With the clouds centred at $(-1, -1)$ and $(1, 1)$, the ideal boundary is the perpendicular bisector of the two centres, $x_1 + x_2 = 0$; the model has found nearly that direction.

# %% [markdown] ko
# ## 정확도 { #accuracy }
#
# 예측은 $a > 0.5$이면 1, 아니면 0입니다(`predict`). 정확도는 예측이 레이블과 같은 샘플의 비율입니다. 이번에는 `model`을 씁니다. `model`은 0으로 초기화하고, `optimize`로 학습하고, 두 세트에서 예측하는 과정을 한 번에 합니다. 같은 하이퍼파라미터(hyperparameter)를 주었으므로 위와 같은 매개변수(parameter)가 나와야 합니다.
# %% [markdown] en
# ## Accuracy { #accuracy }
#
# The prediction is 1 where $a > 0.5$ and 0 otherwise (`predict`); the accuracy is the share of examples whose prediction equals the label. This time we call `model`, which initialises with zeros, trains with `optimize` and predicts on both sets in one go. Given the same hyperparameters, it must find the same parameters as above.

# %%
d = model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.1)
print("same parameters as optimize:", bool(np.allclose(d["w"], params["w"])))
print(f"train accuracy: {accuracy(d['Y_prediction_train'], Y_train):.2f} %")
print(f"test accuracy: {accuracy(d['Y_prediction_test'], Y_test):.2f} %")

# %% [markdown] ko
# 훈련 세트에서 약 90%, 테스트 세트에서 92%를 맞힙니다. 테스트 정확도가 조금 더 높은 것은 테스트 샘플이 100개뿐이어서 생기는 우연한 차이입니다. 100개 중 한 개가 곧 1%포인트입니다.
#
# 이 데이터에서는 어떤 분류기도 100%에 이를 수 없습니다. 가장 좋은 경계 $x_1 + x_2 = 0$에서 각 구름의 중심까지 거리는 $\sqrt{2}$이므로, 가장 좋은 분류기도 점의 $\Phi(-\sqrt{2}) \approx 7.9\%$는 틀립니다. 여기서 $\Phi$는 표준정규분포의 누적분포함수입니다. 우리 모델의 오류율(훈련 10.3%, 테스트 8%)은 그 바닥에 가깝습니다.
# %% [markdown] en
# About 90% of the training examples and 92% of the test examples are classified correctly. The test accuracy is a little higher only by chance: the test set has just 100 examples, so each one is a full percentage point.
#
# No classifier can reach 100% on this data. The best boundary, $x_1 + x_2 = 0$, lies at distance $\sqrt{2}$ from each cloud's centre, so even the best classifier errs on $\Phi(-\sqrt{2}) \approx 7.9\%$ of the points, where $\Phi$ is the standard normal cumulative distribution function. Our model's error rates (10.3% on the training set, 8% on the test set) are close to that floor.

# %% [markdown] ko
# ## 학습률의 영향 { #learning-rate }
#
# 학습률 $\alpha$는 한 걸음의 크기입니다. 너무 작으면 최솟값까지 가는 데 반복이 많이 필요합니다. 네 가지 학습률로 같은 모델을 2000번씩 학습시키고 비용 곡선을 한 그림에 겹쳐 그립니다.
# %% [markdown] en
# ## The effect of the learning rate { #learning-rate }
#
# The learning rate $\alpha$ is the size of each step. Too small, and reaching the minimum takes many iterations. We train the same model for 2000 iterations with four learning rates and draw the cost curves on one plot.

# %%
# alt[ko]: 학습률 0.001, 0.01, 0.1, 1의 비용 곡선. 학습률이 클수록 빨리 떨어지고, 0.001은 2000번 뒤에도 0.38에 머뭅니다.
# alt[en]: Cost curves for learning rates 0.001, 0.01, 0.1 and 1. The larger the rate, the faster the cost falls; with 0.001 it is still at 0.38 after 2000 iterations.
fig, ax = plt.subplots()
for lr in [0.001, 0.01, 0.1, 1.0]:
    run = model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=lr)
    ax.plot(100 * np.arange(len(run["costs"])), run["costs"], label=rf"$\alpha = {lr}$")
    train_acc = accuracy(run["Y_prediction_train"], Y_train)
    test_acc = accuracy(run["Y_prediction_test"], Y_test)
    print(
        f"learning rate {lr:<5}: final cost {run['costs'][-1]:.4f}, "
        f"train {train_acc:.2f} %, test {test_acc:.2f} %"
    )
ax.set_xlabel("iteration")
ax.set_ylabel("cost $J$")
ax.legend()
plt.show()

# %% [markdown] ko
# $\alpha = 0.001$은 2000번 반복한 뒤에도 비용이 0.38에 머물러 아직 한참 학습 중입니다. $\alpha = 0.01$은 꾸준히 내려가는 중이고, $\alpha = 0.1$과 $\alpha = 1$은 몇백 번 만에 같은 최솟값에 닿습니다. 비용 함수가 볼록하고 완만해서 이 문제에서는 큰 학습률도 발산하지 않지만, 언제나 그렇지는 않습니다. [평면 꽃 데이터 노트북](planar-flower.ipynb)에서는 학습률이 너무 크면 비용이 오르내리는 모습을 볼 수 있습니다.
#
# 흥미롭게도 덜 학습된 $\alpha = 0.001$ 모델의 정확도가 조금 더 높습니다. 비용은 확률이 얼마나 확신에 차 있고 맞는지를 재고, 정확도는 0.5를 기준으로 자른 결과만 셉니다. 두 지표가 늘 같이 움직이지는 않으며, 몇 개 샘플 차이는 우연에 가깝습니다.
# %% [markdown] en
# With $\alpha = 0.001$ the cost is still at 0.38 after 2000 iterations: training is far from done. With $\alpha = 0.01$ it is still going down, while $\alpha = 0.1$ and $\alpha = 1$ reach the same minimum within a few hundred iterations. Here even a large learning rate does not diverge, because this cost is convex and gently curved; that is not always so. The [planar flower notebook](planar-flower.ipynb) shows the cost jumping up and down when the learning rate is too large.
#
# Curiously, the under-trained $\alpha = 0.001$ model has a slightly higher accuracy. The cost measures how confident and how right the probabilities are; the accuracy only counts the results of cutting them at 0.5. The two do not always move together, and a difference of a few examples is mostly chance.

# %% [markdown] ko
# ## 결정 경계 { #decision-boundary }
#
# 모델은 $w^T x + b > 0$, 곧 $\sigma(w^T x + b) > 0.5$인 점을 1로 분류합니다. 따라서 결정 경계는 $w^T x + b = 0$인 점들, 평면에서는 직선 $x_2 = -(w_1 x_1 + b) / w_2$입니다. 배경은 `predict`가 평면의 각 점에 내놓는 예측이고, 점은 테스트 세트입니다.
# %% [markdown] en
# ## The decision boundary { #decision-boundary }
#
# The model labels a point 1 where $w^T x + b > 0$, that is where $\sigma(w^T x + b) > 0.5$. The decision boundary is therefore the set where $w^T x + b = 0$: in the plane, the straight line $x_2 = -(w_1 x_1 + b) / w_2$. The background shows what `predict` says at each point of the plane; the dots are the test set.

# %%
# alt[ko]: 테스트 세트 위에 그린 결정 경계. 왼쪽 위에서 오른쪽 아래로 내려가는 직선이 빨간 영역과 파란 영역을 나누고, 경계 근처의 점 몇 개가 반대편 색 영역에 놓여 있습니다.
# alt[en]: Decision boundary over the test set. A straight line running from upper left to lower right splits a red region from a blue one; a few points near the line lie in the region of the other colour.
w_fit, b_fit = d["w"], d["b"]
x1, x2 = np.meshgrid(np.linspace(-4, 4, 200), np.linspace(-4, 4, 200))
grid = np.vstack([x1.ravel(), x2.ravel()])
regions = predict(w_fit, b_fit, grid).reshape(x1.shape)

fig, ax = plt.subplots()
ax.contourf(x1, x2, regions, levels=[-0.5, 0.5, 1.5], colors=["#f4c7c3", "#c6dbef"])
line = np.array([-4.0, 4.0])
ax.plot(line, -(w_fit[0, 0] * line + b_fit) / w_fit[1, 0], color="black", linewidth=1)
ax.scatter(X_test[0], X_test[1], c=COLORS[Y_test[0]], s=12, linewidths=0)
ax.set_xlim(-4, 4)
ax.set_ylim(-4, 4)
ax.set_aspect("equal")
ax.set_xlabel("$x_1$")
ax.set_ylabel("$x_2$")
plt.show()

# %% [markdown] ko
# 경계는 예상대로 $x_1 + x_2 = 0$에 가까운 직선입니다. 틀린 점은 모두 경계 가까이에 있습니다. 로지스틱 회귀의 결정 경계는 언제나 직선(고차원에서는 초평면)이므로, 클래스가 직선으로 나뉘지 않는 데이터에서는 한계가 있습니다. [평면 꽃 데이터 노트북](planar-flower.ipynb)이 바로 그런 경우를 다룹니다.
#
# ## 정리 { #summary }
#
# - 로지스틱 회귀는 뉴런 하나짜리 신경망입니다. 순전파로 $A = \sigma(w^T X + b)$를, 역전파로 $dw$와 $db$를 계산하고 경사 하강법으로 갱신합니다.
# - 비용 함수가 볼록하므로 0에서 시작해도 충분하고, 비용은 꾸준히 줄어듭니다.
# - 학습률은 학습 속도를 정합니다. 너무 작으면 느리고, 알맞으면 몇백 번 만에 수렴합니다.
# - 결정 경계는 직선입니다. 이 데이터에서는 거의 최선의 경계이고 테스트 정확도는 92%입니다.
# %% [markdown] en
# As expected, the boundary is a straight line close to $x_1 + x_2 = 0$, and every misclassified point lies near it. The decision boundary of logistic regression is always a straight line (a hyperplane in higher dimensions), which limits it on data whose classes a line cannot separate. The [planar flower notebook](planar-flower.ipynb) is exactly such a case.
#
# ## Summary { #summary }
#
# - Logistic regression is a neural network with a single neuron: forward propagation computes $A = \sigma(w^T X + b)$, backpropagation computes $dw$ and $db$, and gradient descent updates the parameters.
# - The cost is convex, so starting from zeros is fine and the cost goes down steadily.
# - The learning rate sets the speed: too small is slow; a good one converges within a few hundred iterations.
# - The decision boundary is a straight line. On this data it is nearly the best possible one, with 92% test accuracy.
