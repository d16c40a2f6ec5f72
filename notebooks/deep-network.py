"""Notebook source: a deep network, step by step and applied (syllabus page 40).

Builds docs/ko/notebooks/deep-network.ipynb and docs/en/notebooks/deep-network.ipynb
(python -m notebooks); the format is described in notebooks/__init__.py.
"""

# %% [markdown] ko
# # 실습: 심층 신경망을 단계별로 만들고 적용하기 { #deep-network }
#
# 4주차에서 배운 L층 신경망(L-layer neural network)을 `dlnotes.deep`의 함수로 한 단계씩 조립하고, 패키지가 만든 데이터에 적용합니다. 순서는 다음과 같습니다.
#
# 1. 초기화, 순전파(forward propagation), 비용(cost), 역전파(backpropagation)를 작은 입력으로 하나씩 확인합니다.
# 2. 역전파가 계산한 그래디언트(gradient)를 수치 미분과 비교합니다.
# 3. 평면 꽃 데이터를 훈련 세트(training set)와 테스트 세트(test set)로 나누고, 로지스틱 회귀(logistic regression), 하이퍼볼릭 탄젠트(tanh) 유닛(unit)으로 된 은닉층(hidden layer) 하나짜리 3주차 신경망, ReLU를 쓰는 2층 모델, 4층 모델을 학습시킨 뒤 처음 보는 데이터에서의 정확도(accuracy)를 비교합니다.
# 4. 강좌의 고양이 이미지 파일이 있을 때 같은 코드를 그 데이터에 적용하는 방법을 살펴봅니다.
#
# 식은 [순전파와 역전파](../week4/forward-and-backward-propagation.md) 페이지에, 함수 사이의 관계는 [심층 신경망의 구성 블록](../week4/building-blocks.md) 페이지에 있습니다.
# %% [markdown] en
# # Hands-on: a deep network, step by step and applied { #deep-network }
#
# We assemble the L-layer network of week 4 from the functions of `dlnotes.deep`, one step at a time, and apply it to data the package makes. The plan:
#
# 1. Check initialization, forward propagation, the cost and backpropagation one by one on small inputs.
# 2. Compare the gradients of backpropagation with numerical ones.
# 3. Split the planar flower data into a training set and a test set; train logistic regression, week 3's network with one hidden layer of tanh units, a 2-layer ReLU model and a 4-layer model, and compare their accuracy on data they have not seen.
# 4. See how to run the same code on the course's cat images, if you have the files.
#
# The formulas are on the page [Forward and backward propagation](../week4/forward-and-backward-propagation.md); how the functions fit together is on [Building blocks of deep neural networks](../week4/building-blocks.md).

# %% [markdown] ko
# ## 준비 { #setup }
#
# NumPy와 Matplotlib, 그리고 `dlnotes`만 씁니다. 그림은 64색 팔레트 PNG로 내보내 페이지를 가볍게 합니다(`small_png`).
# %% [markdown] en
# ## Setup { #setup }
#
# Only NumPy, Matplotlib and `dlnotes` are used. Figures are stored as PNGs with a 64-colour palette to keep the page light (`small_png`).

# %%
import io

import matplotlib.pyplot as plt
import numpy as np
from IPython import get_ipython
from matplotlib.figure import Figure
from PIL import Image

from dlnotes import logistic, shallow
from dlnotes.datasets import load_planar_dataset
from dlnotes.deep import (
    L_layer_model,
    L_model_backward,
    L_model_forward,
    compute_cost,
    initialize_parameters_deep,
    linear_activation_forward,
    linear_forward,
    predict,
    two_layer_model,
    update_parameters,
)
from dlnotes.gradcheck import check_deep_gradients, crosses_kink


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
np.set_printoptions(precision=8, suppress=False)

# %% [markdown] ko
# ## 1단계: 매개변수 초기화 { #initialize }
#
# `layer_dims = [5, 4, 3]`은 입력 특성(feature) 5개, 유닛 4개인 은닉층, 유닛 3개인 층으로 이루어진 신경망입니다. 매개변수(parameter) $W^{[l]}$의 형상(shape)은 $(n^{[l]}, n^{[l-1]})$, $b^{[l]}$의 형상은 $(n^{[l]}, 1)$입니다. 강좌와 같이 시드를 3으로 둔 난수 생성기에서 $W^{[1]}$, $W^{[2]}$ 순서로 뽑고 0.01을 곱하므로, 아래 $W^{[1]}$의 첫 행은 강좌 과제에 나오는 값과 같습니다.
# %% [markdown] en
# ## Step 1: initializing the parameters { #initialize }
#
# `layer_dims = [5, 4, 3]` is a network with 5 input features, a hidden layer of 4 units and a layer of 3 units. $W^{[l]}$ has shape $(n^{[l]}, n^{[l-1]})$ and $b^{[l]}$ has shape $(n^{[l]}, 1)$. As in the course, $W^{[1]}$ and then $W^{[2]}$ are drawn from a generator seeded with 3 and multiplied by 0.01, so the first row of $W^{[1]}$ below is the one in the course's assignment.

# %%
parameters = initialize_parameters_deep([5, 4, 3])
for name, value in parameters.items():
    print(f"{name}: shape {value.shape}")
print("W1[0] =", parameters["W1"][0])

# %% [markdown] ko
# ## 2단계: 순전파 { #forward }
#
# 층 하나의 순전파는 선형 부분 $Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$과 활성화 $A^{[l]} = g^{[l]}(Z^{[l]})$의 두 단계로 이루어집니다. `linear_forward`는 나중에 역전파가 쓸 $(A^{[l-1]}, W^{[l]}, b^{[l]})$을 캐시(cache)로 돌려주고, `linear_activation_forward`는 여기에 $Z^{[l]}$을 덧붙여 층의 캐시를 만듭니다. 입력은 강좌의 확인용 예제와 같은 방식(시드 2)으로 뽑았습니다.
# %% [markdown] en
# ## Step 2: forward propagation { #forward }
#
# The forward step of one layer is a linear part, $Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$, followed by an activation, $A^{[l]} = g^{[l]}(Z^{[l]})$. `linear_forward` returns $(A^{[l-1]}, W^{[l]}, b^{[l]})$ as a cache for backpropagation, and `linear_activation_forward` adds $Z^{[l]}$ to make the layer's cache. The inputs are drawn as in the course's test case (seed 2).

# %%
rng = np.random.RandomState(2)
A_prev, W, b = rng.randn(3, 2), rng.randn(1, 3), rng.randn(1, 1)
Z, linear_cache = linear_forward(A_prev, W, b)
print("Z =", Z)
A_sigmoid, _ = linear_activation_forward(A_prev, W, b, "sigmoid")
A_relu, cache = linear_activation_forward(A_prev, W, b, "relu")
print("sigmoid:", A_sigmoid)
print("relu:   ", A_relu)
print("cache = (linear_cache, Z):", [type(part).__name__ for part in cache], len(cache[0]))

# %% [markdown] ko
# `L_model_forward`는 이 블록을 층마다 되풀이합니다. 은닉층 $L-1$개에는 ReLU를, 출력층(output layer)에는 시그모이드(sigmoid)를 씁니다. 층을 도는 for 루프는 피할 수 없지만 괜찮습니다. 각 층의 계산이 이미 모든 샘플(example)에 대해 벡터화(vectorization)되어 있기 때문입니다.
# %% [markdown] en
# `L_model_forward` repeats that block layer by layer: ReLU for the $L-1$ hidden layers, the sigmoid for the output layer. The for loop over layers cannot be avoided, and that is fine: each layer is already vectorized over all examples.

# %%
rng = np.random.RandomState(6)
X_small = rng.randn(5, 4)
params_small = {
    "W1": rng.randn(4, 5), "b1": rng.randn(4, 1),
    "W2": rng.randn(3, 4), "b2": rng.randn(3, 1),
    "W3": rng.randn(1, 3), "b3": rng.randn(1, 1),
}  # fmt: skip
AL, caches = L_model_forward(X_small, params_small)
print("AL =", AL)
print("number of caches:", len(caches))

# %% [markdown] ko
# ## 3단계: 비용 { #cost }
#
# 교차 엔트로피 비용(cross-entropy cost)은 다음과 같습니다.
#
# $$
# J = -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log a^{[L](i)} + (1 - y^{(i)}) \log (1 - a^{[L](i)}) \right)
# $$
#
# 레이블(label)이 `[1, 1, 0]`이고 예측값이 `[0.8, 0.9, 0.4]`이면 강좌 과제에 실린 것과 같은 비용이 나옵니다.
# %% [markdown] en
# ## Step 3: the cost { #cost }
#
# The cross-entropy cost is
#
# $$
# J = -\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log a^{[L](i)} + (1 - y^{(i)}) \log (1 - a^{[L](i)}) \right)
# $$
#
# Labels `[1, 1, 0]` with predictions `[0.8, 0.9, 0.4]` give the value printed in the course's assignment.

# %%
print("cost =", compute_cost(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])))

# %% [markdown] ko
# ## 4단계: 역전파와 갱신 { #backward }
#
# `L_model_backward`는 $dA^{[L]} = -\frac{Y}{A^{[L]}} + \frac{1 - Y}{1 - A^{[L]}}$에서 출발해 캐시를 뒤에서부터 하나씩 꺼내며 $dW^{[l]}$, $db^{[l]}$, $dA^{[l-1]}$을 계산합니다. 그래디언트의 형상은 해당 매개변수와 같고, $dA^{[l-1]}$의 형상은 $A^{[l-1]}$과 같습니다. `update_parameters`는 입력을 바꾸지 않고 새 딕셔너리를 돌려줍니다.
# %% [markdown] en
# ## Step 4: backpropagation and the update { #backward }
#
# `L_model_backward` starts from $dA^{[L]} = -\frac{Y}{A^{[L]}} + \frac{1 - Y}{1 - A^{[L]}}$ and takes the caches from the last to the first, computing $dW^{[l]}$, $db^{[l]}$ and $dA^{[l-1]}$. Each gradient has the shape of its parameter, and $dA^{[l-1]}$ the shape of $A^{[l-1]}$. `update_parameters` returns a new dict and leaves its inputs alone.

# %%
Y_small = np.array([[1, 0, 1, 0]])
grads = L_model_backward(AL, Y_small, caches)
for name in sorted(grads, key=lambda k: (k[-1], k)):
    print(f"{name}: shape {grads[name].shape}")
W1_before = params_small["W1"].copy()
new_params = update_parameters(params_small, grads, learning_rate=0.1)
print("new W1 differs:", not np.array_equal(new_params["W1"], W1_before))
print("old W1 untouched:", np.array_equal(params_small["W1"], W1_before))

# %% [markdown] ko
# ## 그래디언트 검사 { #gradient-check }
#
# 그래디언트 검사(gradient checking)는 역전파가 맞는지를 수치 미분과 견주어 확인하는 일입니다. 매개변수 하나하나를 $\varepsilon$만큼 늘리고 줄여 비용의 변화율 $\frac{J(\theta + \varepsilon) - J(\theta - \varepsilon)}{2\varepsilon}$을 계산하고, 역전파의 그래디언트와 비교해 상대 차이(relative difference)를 구합니다. 이 값이 $10^{-7}$보다 작으면 통과입니다. 다만 ReLU는 0에서 꺾이므로, 어떤 은닉 유닛의 $z$가 0에 아주 가까우면 매개변수를 조금 늘리고 줄이는 사이에 그 값이 꺾인 점을 넘나들어 수치 미분이 틀린 값을 냅니다. 그래서 `crosses_kink`로 그런 경우가 아닌지 먼저 확인합니다. $dW^{[1]}$을 계산할 때 일부러 $\frac{1}{m}$을 빠뜨리면 차이가 크게 벌어집니다.
# %% [markdown] en
# ## Gradient check { #gradient-check }
#
# Backpropagation is checked against numerical derivatives: each parameter is nudged up and down by $\varepsilon$, the rate of change of the cost $\frac{J(\theta + \varepsilon) - J(\theta - \varepsilon)}{2\varepsilon}$ is compared with the backpropagated gradient, and a relative difference below $10^{-7}$ counts as correct. ReLU has a kink at 0, though: when a hidden unit's $z$ is very close to 0, the nudges straddle the kink and the numerical derivative is wrong. `crosses_kink` first checks that this is not the case. Deliberately computing $dW^{[1]}$ without its $\frac{1}{m}$ makes the difference large.


# %%
def small_problem(seed):
    """A [4, 5, 3, 1] network with weights of scale 1 and 6 random examples."""
    rng = np.random.RandomState(seed)
    X_c, Y_c = rng.randn(4, 6), rng.randint(0, 2, (1, 6))
    return initialize_parameters_deep([4, 5, 3, 1], seed=seed, scale=1.0), X_c, Y_c


for seed in (1, 2):
    p_c, X_c, Y_c = small_problem(seed)
    kink = crosses_kink(p_c, X_c)
    difference = check_deep_gradients(p_c, X_c, Y_c)
    print(f"seed {seed}: a nudge crosses a ReLU kink: {kink}, relative difference {difference:.1e}")

AL_c, caches_c = L_model_forward(X_c, p_c)  # seed 2
good = L_model_backward(AL_c, Y_c, caches_c)
broken = dict(good, dW1=6 * good["dW1"])  # dW1 without its 1/m (m = 6)
print(
    f"seed 2, dW1 missing 1/m: relative difference {check_deep_gradients(p_c, X_c, Y_c, grads=broken):.2f}"
)


# %% [markdown] ko
# ## 데이터: 훈련 세트와 테스트 세트 { #data }
#
# 3주차 실습의 평면 꽃 데이터에 있는 점 400개를 무작위로 섞어 300개는 훈련 세트, 100개는 테스트 세트로 나눕니다. 모델은 훈련 세트만 보고 학습하며, 테스트 세트의 정확도가 처음 보는 데이터에서의 성능을 알려 줍니다. 섞는 순서는 시드 0으로 고정했습니다.
# %% [markdown] en
# ## The data: a training set and a test set { #data }
#
# The 400 points of the planar flower from the week-3 exercise are shuffled and split into 300 for training and 100 for testing. Models learn from the training set only; the test accuracy tells how they do on data they have not seen. The shuffle is fixed with seed 0.

# %%
X, Y = load_planar_dataset()
order = np.random.RandomState(0).permutation(X.shape[1])
train, test = order[:300], order[300:]
X_train, Y_train, X_test, Y_test = X[:, train], Y[:, train], X[:, test], Y[:, test]
print("X_train:", X_train.shape, " X_test:", X_test.shape)
print("share of label 1: train", Y_train.mean().round(3), " test", Y_test.mean().round(3))


def accuracy(predictions, labels):
    """Percentage of examples whose predicted label equals the true one."""
    return 100 * float(np.mean(predictions == labels))


results = {}

# %% [markdown] ko
# ## 네 모델 학습하기 { #models }
#
# - 로지스틱 회귀: 2주차의 `dlnotes.logistic.model`, 학습률(learning rate) 0.5로 2000번 반복.
# - 은닉층 하나(tanh 유닛 4개): 3주차의 `dlnotes.shallow.nn_model`, 학습률 1.2로 10000번 반복.
# - 2층 모델: `two_layer_model`, 층 크기 $(2, 7, 1)$, ReLU 은닉층.
# - 4층 모델: `L_layer_model`, 층 크기 $[2, 20, 7, 5, 1]$, Xavier 초기화($W^{[l]}$을 $\sqrt{n^{[l-1]}}$로 나눔).
#
# 강좌는 고양이 이미지에 학습률 0.0075를 씁니다. 입력이 12288차원인 그 문제에 맞춘 값이라, 특성이 2개뿐인 꽃 데이터에서는 걸음이 너무 작습니다. 아래에서 먼저 그 값으로 4층 모델을 학습시켜 비용이 얼마나 천천히 줄어드는지 보고, 이어서 학습률을 키웁니다. 학습률은 하이퍼파라미터(hyperparameter)이므로 데이터마다 다시 골라야 합니다.
# %% [markdown] en
# ## Training four models { #models }
#
# - Logistic regression: `dlnotes.logistic.model` from week 2, learning rate 0.5, 2000 iterations.
# - One hidden layer of 4 tanh units: `dlnotes.shallow.nn_model` from week 3, learning rate 1.2, 10000 iterations.
# - A 2-layer model: `two_layer_model` with layer sizes $(2, 7, 1)$ and a ReLU hidden layer.
# - A 4-layer model: `L_layer_model` with layer sizes $[2, 20, 7, 5, 1]$ and Xavier initialization ($W^{[l]}$ divided by $\sqrt{n^{[l-1]}}$).
#
# The course trains on the cat images with a learning rate of 0.0075. That value suits inputs of 12288 dimensions; on the flower, with only 2 features, its steps are too small. Below, the 4-layer model first trains with that value, to show how slowly the cost falls, and then with a larger one. The learning rate is a hyperparameter: each data set needs its own.

# %%
d = logistic.model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5)
results["logistic regression"] = (d["Y_prediction_train"], d["Y_prediction_test"])

p_shallow = shallow.nn_model(X_train, Y_train, n_h=4, num_iterations=10000, learning_rate=1.2)
results["1 hidden layer, 4 tanh units"] = (
    shallow.predict(p_shallow, X_train),
    shallow.predict(p_shallow, X_test),
)

# %%
p_slow, costs_slow = L_layer_model(X_train, Y_train, [2, 20, 7, 5, 1], num_iterations=3000)
print(f"4 layers, learning rate 0.0075: cost {costs_slow[0]:.4f} -> {costs_slow[-1]:.4f}")

# %%
p_two, costs_two = two_layer_model(
    X_train, Y_train, (2, 7, 1), learning_rate=1.0, num_iterations=5000
)
results["2 layers (2, 7, 1), ReLU"] = (predict(X_train, p_two), predict(X_test, p_two))

p_deep, costs_deep = L_layer_model(
    X_train, Y_train, [2, 20, 7, 5, 1], learning_rate=0.03, num_iterations=5000
)
for i in range(0, len(costs_deep), 10):  # costs are recorded every 100 iterations
    print(f"4 layers, learning rate 0.03: cost after iteration {100 * i}: {costs_deep[i]:.4f}")
results["4 layers [2, 20, 7, 5, 1], ReLU"] = (predict(X_train, p_deep), predict(X_test, p_deep))

# %% [markdown] ko
# ## 비용 곡선 { #cost-curves }
#
# 두 함수 모두 0번째 반복부터 100번마다 비용을 기록합니다. 학습률이 0.0075인 4층 모델은 3000번 반복한 뒤에도 비용이 더 내려갈 여지가 한참 남아 있고, 학습률이 0.03이면 비용이 훨씬 빨리 내려갑니다.
# %% [markdown] en
# ## Cost curves { #cost-curves }
#
# Both functions record the cost every 100 iterations, starting at iteration 0. With a learning rate of 0.0075 the 4-layer model still has a long way to go after 3000 iterations; with 0.03 its cost falls much faster.

# %%
# alt[ko]: 반복 횟수에 따른 비용 곡선 세 개. 학습률이 0.0075인 4층 모델은 0.70 정도에서 천천히 내려가 3000번째 반복에서도 0.35 근처에 머물고, 학습률이 1.0인 2층 모델은 0.42 정도까지, 학습률이 0.03인 4층 모델은 0.22 정도까지 내려갑니다.
# alt[en]: Three cost curves against the iteration. The 4-layer model with learning rate 0.0075 falls slowly from about 0.70 and stays near 0.35 at 3000 iterations; the 2-layer model with learning rate 1.0 falls to about 0.42 and the 4-layer model with learning rate 0.03 to about 0.22.
fig, ax = plt.subplots(figsize=(5, 3.2))
for label, costs in [
    (r"4 layers, $\alpha = 0.0075$", costs_slow),
    (r"2 layers, $\alpha = 1.0$", costs_two),
    (r"4 layers, $\alpha = 0.03$", costs_deep),
]:
    ax.plot(100 * np.arange(len(costs)), costs, label=label, linewidth=1)
ax.set_xlabel("iteration")
ax.set_ylabel("cost $J$")
ax.legend()
plt.show()

# %% [markdown] ko
# ## 처음 보는 데이터에서의 정확도 { #comparison }
# %% [markdown] en
# ## Accuracy on unseen data { #comparison }

# %%
print(f"{'model':34} {'train':>8} {'test':>8}")
for name, (pred_train, pred_test) in results.items():
    print(f"{name:34} {accuracy(pred_train, Y_train):7.2f}% {accuracy(pred_test, Y_test):7.2f}%")

# %% [markdown] ko
# 결과를 읽을 때는 다음 몇 가지를 염두에 두어야 합니다.
#
# - 로지스틱 회귀는 직선 하나로 꽃잎을 가를 수 없어 절반 정도만 맞힙니다. 은닉층이 있는 모델은 모두 이보다 훨씬 낫습니다.
# - 4층 모델과 tanh 유닛 4개짜리 얕은 신경망은 훈련 세트와 테스트 세트 모두에서 정확도가 비슷합니다. 특성이 2개뿐인 이 데이터에서는 은닉층 하나로도 충분히 좋은 경계를 그릴 수 있으므로, 층을 깊이 쌓아도 얻는 것이 별로 없습니다. 4주차에서 말했듯이 깊은 모델이 늘 나은 것은 아니며, 얕은 모델에서 출발하는 편이 좋습니다.
# - ReLU 유닛 7개짜리 2층 모델은 tanh 유닛 4개짜리 모델보다 못합니다. 3주차 실습에서 본 것처럼 직선 조각으로 이루어진 경계로는 꽃잎을 따라가기가 더 어렵고, 결과가 학습률과 가중치(weight) 초깃값에도 민감합니다.
# - 테스트 세트의 점이 100개뿐이므로 점 하나가 1%입니다. 1~2% 차이는 어느 점이 테스트 세트에 들어갔느냐에 따라 쉽게 뒤집힙니다. 모델을 제대로 비교하려면 더 큰 테스트 세트를 쓰거나 데이터를 여러 번 나누어 보아야 하며, 자세한 방법은 강좌 2에서 다룹니다.
# %% [markdown] en
# A few things to keep in mind when reading these numbers:
#
# - Logistic regression cannot split the petals with one line and gets about half right. Every model with a hidden layer does far better.
# - The 4-layer model and the shallow network with 4 tanh units are close on both sets. With only 2 features, one hidden layer can already draw a good enough boundary, so depth buys little here. As week 4 says, deeper is not always better, and a shallow model is a good place to start.
# - The 2-layer model with 7 ReLU units does worse than 4 tanh units: as in the week-3 exercise, a boundary made of straight pieces follows the petals less easily, and the result is sensitive to the learning rate and the initial weights.
# - The test set has only 100 points, so 1% is one point; a difference of 1 or 2% can flip with the luck of which points were held out. Comparing models properly needs a larger test set or several splits, a topic of Course 2.

# %% [markdown] ko
# ## 강좌의 고양이 이미지로 실행하기 { #cat-images }
#
# 강좌 과제의 고양이 사진 파일(`train_catvnoncat.h5`, `test_catvnoncat.h5`)은 이 사이트에 들어 있지 않습니다. 파일이 있다면 `load_cat_dataset`으로 읽어 같은 함수로 학습시킬 수 있습니다. 이 함수는 각 $64 \times 64 \times 3$ 이미지를 값 12288개짜리 열 하나로 펼치고 255로 나누어 $[0, 1]$ 범위로 맞춥니다. 아래 코드는 이 노트북에서 실행되지 않습니다.
#
# ```python
# from dlnotes.datasets import load_cat_dataset
# from dlnotes.deep import L_layer_model, predict, two_layer_model
#
# train_x, train_y, test_x, test_y, classes = load_cat_dataset(
#     "datasets/train_catvnoncat.h5", "datasets/test_catvnoncat.h5"
# )
# print(train_x.shape, test_x.shape)  # (12288, 209) (12288, 50)
#
# # the course's 2-layer model: (12288, 7, 1), seed 1, W * 0.01, 2500 iterations
# parameters, costs = two_layer_model(
#     train_x, train_y, (12288, 7, 1), num_iterations=2500, print_cost=True
# )
#
# # the course's 4-layer model: [12288, 20, 7, 5, 1], seed 1, W / sqrt(n[l-1])
# parameters, costs = L_layer_model(
#     train_x, train_y, [12288, 20, 7, 5, 1], num_iterations=2500, print_cost=True
# )
# print("train accuracy:", (predict(train_x, parameters) == train_y).mean())
# print("test accuracy: ", (predict(test_x, parameters) == test_y).mean())
# ```
#
# 초기화와 계산 순서가 강좌와 같으므로 비용은 강좌와 같은 값으로 출력됩니다. 2층 모델은 `Cost after iteration 0: 0.693...`에서, 4층 모델은 `Cost after iteration 0: 0.771...`에서 시작합니다. 강좌에 따르면 2층 모델의 정확도는 훈련 세트 100%, 테스트 세트 72%이고, 4층 모델은 훈련 세트 약 98.6%, 테스트 세트 80%입니다. 두 모델 모두 훈련 세트에서는 거의 완벽하지만 테스트 세트에서는 한참 뒤처집니다. 이 차이가 과대적합(overfitting)이며, 강좌 2에서 다룹니다.
# %% [markdown] en
# ## Running it on the course's cat images { #cat-images }
#
# The cat picture files of the course's assignment (`train_catvnoncat.h5`, `test_catvnoncat.h5`) are not part of this site. If you have them, `load_cat_dataset` reads them and the same functions train on them. It unrolls each $64 \times 64 \times 3$ image into a column of 12288 values and divides by 255 to bring them into $[0, 1]$. The code below is not run in this notebook.
#
# ```python
# from dlnotes.datasets import load_cat_dataset
# from dlnotes.deep import L_layer_model, predict, two_layer_model
#
# train_x, train_y, test_x, test_y, classes = load_cat_dataset(
#     "datasets/train_catvnoncat.h5", "datasets/test_catvnoncat.h5"
# )
# print(train_x.shape, test_x.shape)  # (12288, 209) (12288, 50)
#
# # the course's 2-layer model: (12288, 7, 1), seed 1, W * 0.01, 2500 iterations
# parameters, costs = two_layer_model(
#     train_x, train_y, (12288, 7, 1), num_iterations=2500, print_cost=True
# )
#
# # the course's 4-layer model: [12288, 20, 7, 5, 1], seed 1, W / sqrt(n[l-1])
# parameters, costs = L_layer_model(
#     train_x, train_y, [12288, 20, 7, 5, 1], num_iterations=2500, print_cost=True
# )
# print("train accuracy:", (predict(train_x, parameters) == train_y).mean())
# print("test accuracy: ", (predict(test_x, parameters) == test_y).mean())
# ```
#
# The initialization and the order of computation are the course's, so the costs print as the course prints them: the 2-layer model starts at `Cost after iteration 0: 0.693...`, the 4-layer model at `Cost after iteration 0: 0.771...`. The course reports 100% training and 72% test accuracy for the 2-layer model, and about 98.6% training and 80% test accuracy for the 4-layer model. Both are nearly perfect on the training set and far behind on the test set: that gap is overfitting, the subject of Course 2.

# %% [markdown] ko
# ## 정리 { #summary }
#
# - 심층 신경망은 선형 계산에 이어 활성화를 적용하고 캐시를 남기는 같은 구성 블록(building block)을 층마다 쌓은 것이며, 역전파는 캐시를 거꾸로 꺼내며 같은 블록을 되짚어 갑니다.
# - 역전파를 새로 짰다면 그래디언트 검사로 확인합니다. ReLU의 꺾인 점 근처는 피합니다.
# - 모델은 훈련 세트가 아니라 처음 보는 데이터로 비교합니다. 작은 테스트 세트에서의 1~2% 차이는 의미가 크지 않습니다.
# - 학습률 같은 하이퍼파라미터는 데이터마다 다시 골라야 하며, 깊이도 그중 하나입니다.
# %% [markdown] en
# ## Summary { #summary }
#
# - A deep network stacks the same building block (linear, then activation, plus a cache) layer after layer; backpropagation walks back through the same blocks, taking the caches in reverse.
# - Check any backpropagation you write yourself with a gradient check, away from ReLU's kink.
# - Compare models on data they have not seen, not on the training set; a difference of 1 or 2% on a small test set means little.
# - Hyperparameters such as the learning rate must be chosen again for each data set, and depth is one of them.
