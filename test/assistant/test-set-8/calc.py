from decimal import Decimal as D, ROUND_HALF_UP
import datetime as dt
H=D(35*52)/D(12)
def r(x): return x.quantize(D('0.01'),ROUND_HALF_UP)
for smic in ['11.88','12.02','12.31']:
    s=D(smic); m=r(s*H)
    print('SMIC',smic,'monthly',m)
    for p in [27,39,43,51,53,55,61,65,67,68,78,80,100]:
        a=r(s*H*p/100); b=r(m*p/100)
        print(f'  {p}% {a} {"(alt "+str(b)+")" if a!=b else ""}')
