"""Notebook source: logistic regression from scratch (syllabus page 29).

Builds docs/ko/notebooks/logistic-regression.ipynb and
docs/en/notebooks/logistic-regression.ipynb (python -m notebooks); the format
is described in notebooks/__init__.py.
"""

# %% [markdown] ko
# # 실습: 처음부터 구현하는 로지스틱 회귀 { #logistic-regression-from-scratch }
#
# 2주차에 배운 로지스틱 회귀(logistic regression)를 처음부터 끝까지 직접 학습시킵니다. 모델은 $\hat{y} = \sigma(w^T x + b)$라는 식 하나뿐이고, 학습에는 경사 하강법(gradient descent)을 씁니다. 순서는 다음과 같습니다.
#
# 1. `dlnotes` 패키지가 만들어 주는 작은 데이터셋(dataset)을 불러옵니다(내려받는 파일은 없습니다).
# 2. 순전파(forward propagation)와 역전파(backpropagation)를 한 번 계산해 봅니다.
# 3. 경사 하강법으로 학습하면서 비용(cost)이 줄어드는 모습을 그래프로 확인합니다.
# 4. 훈련 세트(training set)와 테스트 세트(test set)에서 정확도(accuracy)를 잽니다.
# 5. 학습률(learning rate)을 바꾸어 가며 학습 속도를 비교하고, 학습률이 너무 크면 어떻게 되는지 봅니다.
# 6. 학습된 모델의 결정 경계(decision boundary)를 그립니다.
#
# 코드는 모두 `dlnotes.logistic`의 함수를 그대로 씁니다. 각 함수가 하는 일은 [로지스틱 회귀](../week2/logistic-regression.md)와 [로지스틱 회귀의 벡터화](../week2/vectorizing-logistic-regression.md) 페이지에서 한 줄씩 설명합니다.
# %% [markdown] en
# # Hands-on: logistic regression from scratch { #logistic-regression-from-scratch }
#
# In this notebook we train the logistic regression of week 2 from start to finish. The model is just $\hat{y} = \sigma(w^T x + b)$, trained by gradient descent. The plan:
#
# 1. Load a small data set that the `dlnotes` package generates (nothing is downloaded).
# 2. Compute one forward and one backward pass.
# 3. Train with gradient descent and watch the cost go down.
# 4. Measure the accuracy on the training set and on the test set.
# 5. Compare how fast training goes for several learning rates, and see what happens when the rate is too large.
# 6. Draw the decision boundary of the trained model.
#
# All the code calls the functions of `dlnotes.logistic` as they are. The pages [Logistic regression](../week2/logistic-regression.md) and [Vectorizing logistic regression](../week2/vectorizing-logistic-regression.md) explain them line by line.

# %% [markdown] ko
# ## 준비 { #setup }
#
# NumPy와 Matplotlib, 이 사이트의 패키지 `dlnotes`만 있으면 됩니다. 페이지를 가볍게 하려고 그림은 작은 크기로 그린 뒤 64색 팔레트 PNG로 내보냅니다(`small_png`).
# %% [markdown] en
# ## Setup { #setup }
#
# All we need is NumPy, Matplotlib and this site's package, `dlnotes`. Figures are drawn small and saved as PNGs with a 64-colour palette, which keeps the page light (`small_png`).

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
# `load_two_gaussians()`는 평면 위에 점 구름 두 개를 만듭니다. 레이블(label)이 0인 점은 $(-1, -1)$ 주변에, 1인 점은 $(1, 1)$ 주변에 모이고, 두 구름의 분산은 모두 1입니다. 두 구름이 조금 겹치므로 어떤 직선으로도 두 클래스(class)를 완벽하게 나눌 수 없습니다. 로지스틱 회귀가 어디까지 해내는지 보기에 알맞은 문제입니다.
#
# 강의의 표기대로 샘플(example) 하나를 열 하나에 담습니다. 특성 벡터(feature vector)의 성분이 두 개이므로 $n_x = 2$이고, `X_train`의 형상(shape)은 $(n_x, m)$, `Y_train`의 형상은 $(1, m)$입니다.
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
# ## 순전파와 역전파 한 번 계산하기 { #one-pass }
#
# 모델은 샘플마다 $z = w^T x + b$를 계산하고, 이 값을 시그모이드(sigmoid)에 넣어 확률 $a = \sigma(z)$를 내놓습니다. 비용 $J$는 샘플 $m$개의 손실(loss)을 평균한 값입니다.
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
# 비용은 정확히 $\log 2$입니다. $dw$의 두 성분이 모두 음수이므로 경사 하강법의 갱신 식 $w := w - \alpha \, dw$를 적용하면 두 가중치가 모두 커집니다. 그러면 오른쪽 위에 있는 점일수록 모델이 레이블 1일 확률을 높게 내놓는데, 이는 데이터의 모양과 들어맞는 방향입니다.
# %% [markdown] en
# The cost is exactly $\log 2$. Both entries of $dw$ are negative, so the gradient descent update $w := w - \alpha \, dw$ makes both weights grow: points further up and to the right become more likely to be labelled 1, which matches the shape of the data.

# %% [markdown] ko
# ## 경사 하강법으로 학습 { #training }
#
# `optimize`는 위의 계산을 `num_iterations`번 되풀이하면서 매번 $w := w - \alpha \, dw$, $b := b - \alpha \, db$로 갱신하고, 반복 100번마다 비용을 기록합니다. 여기서는 학습률 $\alpha = 0.1$로 2000번 반복합니다.
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
# alt[ko]: 반복 횟수에 따른 비용 곡선. 0.693에서 출발해 처음 몇백 번 반복하는 동안 빠르게 떨어진 뒤 0.25 근처에서 평평해집니다.
# alt[en]: Cost against iterations. It starts at 0.693, drops quickly over the first few hundred iterations and levels off near 0.25.
fig, ax = plt.subplots()
ax.plot(100 * np.arange(len(costs)), costs, marker=".")
ax.set_xlabel("iteration")
ax.set_ylabel("cost $J$")
ax.set_title(r"$\alpha = 0.1$")
plt.show()

# %% [markdown] ko
# 비용 곡선은 처음에 가파르게 떨어지다가 곧 평평해집니다. 로지스틱 회귀의 비용 함수(cost function)는 볼록 함수(convex function)이므로 그래디언트가 0인 점은 모두 전역 최솟값(global minimum)입니다. 두 구름이 겹치는 이 데이터에는 그런 점이 실제로 있고, 학습률이 충분히 작으면 경사 하강법은 그 점으로 꾸준히 다가갑니다. 직선 하나로 완전히 나뉘는 데이터라면 사정이 다릅니다. 비용을 최소로 만드는 유한한 $w$가 없어서 학습할수록 $\lVert w \rVert$만 끝없이 커집니다.
#
# 비용이 0까지 내려가지 않는 것은 두 구름이 겹치기 때문입니다. 경계를 어디에 긋든 겹친 부분의 점 가운데 일부는 잘못 분류되므로 그만큼 손실이 남습니다.
#
# 학습된 가중치는 $w \approx (1.58, 1.76)$으로 두 성분이 비슷하고, 편향은 거의 0입니다. 구름의 중심이 $(-1, -1)$과 $(1, 1)$이므로 이상적인 경계는 두 중심을 잇는 선분의 수직이등분선 $x_1 + x_2 = 0$입니다. 모델은 거의 그 방향을 찾아냈습니다.
# %% [markdown] en
# The cost falls steeply at first and soon levels off. The cost of logistic regression is a convex function, so any point where the gradient vanishes is a global minimum. On this data, where the clouds overlap, such a point exists, and with a small enough learning rate gradient descent heads steadily for it. Data that a straight line separates perfectly would be different: no finite $w$ minimizes the cost there, and training only makes $\lVert w \rVert$ grow without end.
#
# The cost does not reach 0 because the clouds overlap: points in the overlap are partly misclassified whatever the boundary, and their loss remains.
#
# The learned weights $w \approx (1.58, 1.76)$ have similar entries and the bias is almost 0. With the clouds centred at $(-1, -1)$ and $(1, 1)$, the ideal boundary is the perpendicular bisector of the segment joining the two centres, $x_1 + x_2 = 0$; the model has found nearly that direction.

# %% [markdown] ko
# ## 정확도 { #accuracy }
#
# 예측은 $a > 0.5$이면 1, 아니면 0입니다(`predict`). 정확도는 예측이 레이블과 같은 샘플의 비율입니다. 이번에는 `model`을 호출합니다. 매개변수(parameter)를 0으로 초기화하고, `optimize`로 학습하고, 두 세트에서 예측하는 과정을 한 번에 처리하는 함수입니다. 하이퍼파라미터(hyperparameter)를 똑같이 주었으므로 위와 같은 매개변수가 나와야 합니다.
# %% [markdown] en
# ## Accuracy { #accuracy }
#
# The prediction is 1 where $a > 0.5$ and 0 otherwise (`predict`); the accuracy is the share of examples whose prediction equals the label. This time we call `model`, which initializes with zeros, trains with `optimize` and predicts on both sets in one go. Given the same hyperparameters, it must find the same parameters as above.

# %%
d = model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.1)
print("same parameters as optimize:", bool(np.allclose(d["w"], params["w"])))
print(f"train accuracy: {accuracy(d['Y_prediction_train'], Y_train):.2f} %")
print(f"test accuracy: {accuracy(d['Y_prediction_test'], Y_test):.2f} %")

# %% [markdown] ko
# 훈련 세트에서 약 90%, 테스트 세트에서 92%를 맞힙니다. 테스트 정확도가 조금 더 높은 것은 우연일 뿐입니다. 테스트 세트에는 샘플이 100개뿐이어서 샘플 하나가 1%포인트나 됩니다.
#
# 이 데이터에서는 어떤 분류기도 100%에 이를 수 없습니다. 가장 좋은 경계 $x_1 + x_2 = 0$에서 각 구름의 중심까지의 거리는 $\sqrt{2}$이므로, 가장 좋은 분류기조차 전체 점의 $\Phi(-\sqrt{2}) \approx 7.9\%$를 잘못 분류합니다. 여기서 $\Phi$는 표준 정규 분포의 누적 분포 함수(cumulative distribution function)입니다. 이 모델의 오류율(훈련 10.3%, 테스트 8%)은 그 하한에 가깝습니다.
# %% [markdown] en
# About 90% of the training examples and 92% of the test examples are classified correctly. The test accuracy is a little higher only by chance: the test set has just 100 examples, so each one is a full percentage point.
#
# No classifier can reach 100% on this data. The best boundary, $x_1 + x_2 = 0$, lies at distance $\sqrt{2}$ from each cloud's centre, so even the best classifier errs on $\Phi(-\sqrt{2}) \approx 7.9\%$ of the points, where $\Phi$ is the standard normal cumulative distribution function. Our model's error rates (10.3% on the training set, 8% on the test set) are close to that floor.

# %% [markdown] ko
# ## 학습률의 영향 { #learning-rate }
#
# 학습률 $\alpha$는 한 번에 내딛는 걸음의 크기를 정합니다. 너무 작으면 최솟값까지 가는 데 반복이 많이 필요하고, 너무 크면 걸음이 최솟값을 지나쳐 비용이 오히려 커집니다. 먼저 네 가지 학습률로 같은 모델을 2000번씩 학습시키고 비용 곡선을 한 그림에 겹쳐 그립니다.
# %% [markdown] en
# ## The effect of the learning rate { #learning-rate }
#
# The learning rate $\alpha$ is the size of each step. Too small, and reaching the minimum takes many iterations; too large, and the steps overshoot the minimum and the cost goes up. First we train the same model for 2000 iterations with four learning rates and draw the cost curves on one plot.

# %%
# alt[ko]: 학습률 0.001, 0.01, 0.1, 1의 비용 곡선. 학습률이 클수록 비용이 빨리 떨어지고, 0.001에서는 2000번 반복한 뒤에도 0.38에 머뭅니다.
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
# $\alpha = 0.001$에서는 2000번 반복한 뒤에도 비용이 0.38에 머물러 학습이 아직 한참 남았습니다. $\alpha = 0.01$에서는 비용이 아직 내려가는 중이고, $\alpha = 0.1$과 $\alpha = 1$은 몇백 번 만에 같은 최솟값에 닿습니다.
#
# 흥미롭게도 덜 학습된 $\alpha = 0.001$ 모델의 정확도가 조금 더 높습니다. 비용은 예측 확률이 얼마나 확신에 차 있고 얼마나 맞는지를 재지만, 정확도는 확률을 0.5를 기준으로 0과 1로 바꾼 결과가 맞았는지만 셉니다. 두 지표가 늘 함께 움직이지는 않으며, 샘플 몇 개의 차이는 대개 우연입니다.
# %% [markdown] en
# With $\alpha = 0.001$ the cost is still at 0.38 after 2000 iterations: training is far from done. With $\alpha = 0.01$ it is still going down, while $\alpha = 0.1$ and $\alpha = 1$ reach the same minimum within a few hundred iterations.
#
# Curiously, the under-trained $\alpha = 0.001$ model has a slightly higher accuracy. The cost measures how confident and how right the probabilities are; the accuracy only counts the results of cutting them at 0.5. The two do not always move together, and a difference of a few examples is mostly chance.

# %% [markdown] ko
# 이 데이터에서는 $\alpha = 1$도 충분히 작은 걸음입니다. 시그모이드의 기울기(slope)는 $1/4$을 넘지 않고 특성(feature)의 크기도 1 정도여서 비용 곡면이 완만하게 휘기 때문입니다. 그렇다고 비용 함수가 볼록하기만 하면 걸음이 아무리 커도 안전하다는 뜻은 아닙니다. 같은 볼록 비용 함수에서 $\alpha = 30$으로 학습하면 어떻게 되는지, 반복마다 비용을 기록해 확인합니다.
# %% [markdown] en
# On this data even $\alpha = 1$ is a small enough step: the sigmoid's slope never exceeds $1/4$ and the features are of order 1, so the cost surface curves gently. A convex cost does not make every step safe, though. Here is what $\alpha = 30$ does to the same convex function, with the cost recorded at every iteration.

# %%
w, b = initialize_with_zeros(X_train.shape[0])
costs_30 = []
for _ in range(2000):
    grads, cost = propagate(w, b, X_train, Y_train)
    costs_30.append(cost)
    w, b = w - 30 * grads["dw"], b - 30 * grads["db"]
lowest = int(np.argmin(costs_30))
rises = int(np.sum(np.diff(costs_30) > 1e-12))
print("learning rate 30, cost at iterations 0-4:", np.round(costs_30[:5], 4))
print(f"lowest cost {costs_30[lowest]:.4f}, at iteration {lowest}")
print("cost at the last 4 iterations:", np.round(costs_30[-4:], 4))
print(f"the cost went up in {rises} of {len(costs_30) - 1} steps")

# %% [markdown] ko
# 첫걸음부터 비용이 0.693에서 1.093으로 오히려 커집니다. 그 뒤 다시 내려가 열 번 남짓 반복했을 때는 $\alpha = 1$이 찾은 최솟값 0.2515에 닿기까지 하지만, 그 자리에 머물지 못합니다. 이 걸음 크기에서는 최솟값에서 조금만 벗어나도 그 차이가 걸음마다 커지기 때문입니다. 비용은 다시 올라가 결국 0.367과 0.368을 한 걸음씩 번갈아 오가는 상태에 갇히고, 전체 걸음의 절반에서 비용이 오릅니다. 비용 함수가 볼록해도 걸음이 너무 크면 골짜기를 건너뛰어 버립니다. 볼록성이 보장하는 것은 국소 최솟값(local minimum)이 모두 전역 최솟값이어서 갇힐 만한 다른 골짜기가 없다는 사실뿐입니다. 걸음마다 비용이 줄어든다고 보장할 수 있는 것은 학습률이 충분히 작을 때뿐입니다. [평면 꽃 데이터 노트북](planar-flower.ipynb)의 신경망에서도 학습률이 너무 크면 비용이 크게 오르내립니다.
# %% [markdown] en
# From the very first step the cost rises, from 0.693 to 1.093. It then comes down again and, a dozen or so iterations in, even touches the minimum of 0.2515 that $\alpha = 1$ found, but it cannot stay there: at this step size any small offset from the minimum grows with each step. The cost climbs away again and ends up trapped, alternating between 0.367 and 0.368 from one step to the next, so that it rises in half of all steps. Even on a convex cost, too large a step jumps across the valley. Convexity guarantees that there is no other valley to get stuck in (every local minimum is global); each step lowers the cost only when the learning rate is small enough. The network of the [planar flower notebook](planar-flower.ipynb) also shows the cost swinging when the learning rate is too large.

# %% [markdown] ko
# ## 결정 경계 { #decision-boundary }
#
# 모델은 $w^T x + b > 0$인 점을 1로 분류합니다. 시그모이드의 출력으로 말하면 $\sigma(w^T x + b) > 0.5$인 점입니다. 따라서 결정 경계는 $w^T x + b = 0$을 만족하는 점의 집합이고, 평면에서는 직선 $x_2 = -(w_1 x_1 + b) / w_2$입니다. 배경색은 `predict`가 평면의 각 점에서 내놓는 예측을 나타내고, 찍힌 점은 테스트 세트의 샘플입니다.
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
# 경계는 예상대로 $x_1 + x_2 = 0$에 가까운 직선이고, 잘못 분류된 점은 모두 경계 가까이에 있습니다. 로지스틱 회귀의 결정 경계는 언제나 직선이며, 고차원에서는 초평면(hyperplane)이 됩니다. 그래서 클래스를 직선으로 나눌 수 없는 데이터에서는 한계가 있습니다. [평면 꽃 데이터 노트북](planar-flower.ipynb)이 바로 그런 예입니다.
#
# ## 정리 { #summary }
#
# - 로지스틱 회귀는 뉴런(neuron) 하나짜리 신경망(neural network)입니다. 순전파로 $A = \sigma(w^T X + b)$를, 역전파로 $dw$와 $db$를 계산하고, 경사 하강법으로 매개변수를 갱신합니다.
# - 비용 함수가 볼록하므로 매개변수를 0으로 초기화해도 되고, 학습률이 충분히 작으면 비용이 꾸준히 줄어듭니다.
# - 학습률은 학습 속도를 정합니다. 너무 작으면 느리고, 알맞으면 몇백 번 만에 수렴하며, 너무 크면 비용 함수가 볼록해도 최솟값을 건너뛰어 비용이 오르내립니다.
# - 결정 경계는 직선입니다. 이 데이터에서는 거의 최선의 경계이고 테스트 정확도는 92%입니다.
# %% [markdown] en
# As expected, the boundary is a straight line close to $x_1 + x_2 = 0$, and every misclassified point lies near it. The decision boundary of logistic regression is always a straight line (a hyperplane in higher dimensions), which limits it on data whose classes a line cannot separate. The [planar flower notebook](planar-flower.ipynb) is exactly such a case.
#
# ## Summary { #summary }
#
# - Logistic regression is a neural network with a single neuron: forward propagation computes $A = \sigma(w^T X + b)$, backpropagation computes $dw$ and $db$, and gradient descent updates the parameters.
# - The cost is convex, so starting from zeros is fine, and with a small enough learning rate the cost goes down steadily.
# - The learning rate sets the speed: too small is slow; a good one converges within a few hundred iterations; too large a one jumps over the minimum and swings, even on a convex cost.
# - The decision boundary is a straight line. On this data it is nearly the best possible one, with 92% test accuracy.
