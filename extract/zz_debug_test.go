package extract
import ("context";"os";"path/filepath";"testing";"bytes";"golang.org/x/net/html";"fmt";"sort")
func TestZZDebug(t *testing.T){
 dir:="/work/shared/data/extraction/mozilla_readability/test-pages"
 cs,_:=filepath.Glob(dir+"/*")
 type r struct{n string; f float64; lang string}
 var rs []r
 for _,c:=range cs{
  src,_:=os.ReadFile(c+"/source.html"); exp,_:=os.ReadFile(c+"/expected.html")
  doc,_:=html.Parse(bytes.NewReader(exp))
  a,_:=HTML(context.Background(),src,"http://fakehost/")
  rs=append(rs,r{filepath.Base(c),tokenF1(tokens(a.Text),tokens(joinBlocks(blocks(doc)))),a.Language})
 }
 sort.Slice(rs,func(i,j int)bool{return rs[i].f<rs[j].f})
 for _,x:=range rs[:30]{fmt.Printf("%-40s %.3f %s\n",x.n,x.f,x.lang)}
 for _,x:=range rs{ if x.lang=="it"||x.lang==""{fmt.Printf("LANG %s %s\n",x.n,x.lang)}}
}
