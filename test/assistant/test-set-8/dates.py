import datetime as dt
H={dt.date(2026,1,1),dt.date(2026,4,6),dt.date(2026,5,1),dt.date(2026,5,8),dt.date(2026,5,14),dt.date(2026,5,25),dt.date(2026,7,14),dt.date(2026,8,15),dt.date(2026,11,1),dt.date(2026,11,11),dt.date(2026,12,25),
   dt.date(2027,1,1),dt.date(2027,3,29),dt.date(2027,5,1),dt.date(2027,5,6),dt.date(2027,5,8),dt.date(2027,5,17),dt.date(2027,7,14)}
def ouvre(d): return d.weekday()<5 and d not in H
def ouvrable(d): return d.weekday()<6 and d not in H
def add(d,n,f,step=1):
    while n:
        d+=dt.timedelta(days=step)
        if f(d): n-=1
    return d
import sys
for s in sys.argv[1:]:
    d=dt.date.fromisoformat(s)
    print(s,d.strftime('%a'),'| +2 ouvrés',add(d,2,ouvre),add(d,2,ouvre).strftime('%a'),'| +10 ouvrables',add(d,10,ouvrable),add(d,10,ouvrable).strftime('%a'),'| -10 ouvrables',add(d,10,ouvrable,-1),add(d,10,ouvrable,-1).strftime('%a'))
